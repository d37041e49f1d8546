// Participants of a clause contract from the web: the company's manager flags one of its workers (after the form
// shows what is missing), and the facilitator is offered only people already participants of the body's contracts.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { checkScreen, screenshot } from '../support/screens';

const CONTRACT = 'Réhabilitation énergétique du groupe scolaire Jules Ferry';

test.describe.configure({ mode: 'serial' });

test('the manager adds a participant to the contract, after the form names each missing or wrong field', async ({ page }) => {
  const shell = new AppShell(page);
  await new LoginPage(page).signInAs('manager');
  await shell.main.getByRole('region', { name: 'Marchés avec clause sociale' }).getByRole('link', { name: CONTRACT }).tap();
  const form = shell.main.getByRole('form', { name: 'Ajouter un participant' });
  // Only the company's own workers not yet on the contract are offered.
  const people = form.getByLabel('Personne').getByRole('option');
  await expect(people.filter({ hasText: 'Kevin Martin' })).toHaveCount(1);
  await expect(people.filter({ hasText: 'Mehdi Haddad' })).toHaveCount(0);
  await expect(people.filter({ hasText: 'Tom Lefèvre' })).toHaveCount(0);

  await form.getByRole('button', { name: 'Ajouter le participant' }).tap();
  await expect(form.getByText('Choisissez la personne.')).toBeVisible();
  await expect(form.getByText('Choisissez le public.')).toBeVisible();
  await expect(form.getByText('Choisissez le type de justificatif vu.')).toBeVisible();
  await expect(form.getByText('Choisissez une date.')).toBeVisible();
  await form.getByLabel('Personne').selectOption({ label: 'Kevin Martin' });
  await form.getByLabel('Public').selectOption({ label: 'Bénéficiaire du RSA' });
  await form.getByLabel('Justificatif vu').selectOption({ label: 'Attestation de droits (RSA…)' });
  await form.getByLabel('Début de l’éligibilité').fill('2026-10-01');
  await form.getByLabel('Fin de l’éligibilité (facultatif)').fill('2026-06-30');
  await form.getByRole('button', { name: 'Ajouter le participant' }).tap();
  await expect(form.getByText('L’éligibilité se termine avant de commencer.')).toBeVisible();
  await expect(form.locator('.text-field__error')).toHaveCount(1);
  await checkScreen(page);
  await screenshot(page, 'clause-add-participant-refused');

  await form.getByLabel('Fin de l’éligibilité (facultatif)').fill('2027-06-30');
  await form.getByRole('button', { name: 'Ajouter le participant' }).tap();
  await expect(form.getByRole('status')).toHaveText('Kevin Martin est participant de ce marché.');
  const row = shell.main.getByRole('region', { name: 'Participants' }).getByRole('row', { name: /Kevin Martin/ });
  await expect(row).toContainText('Bénéficiaire du RSA');
  await expect(row).toContainText('du 2026-10-01 au 2027-06-30');
  await expect(people.filter({ hasText: 'Kevin Martin' })).toHaveCount(0);
  await checkScreen(page);
  await screenshot(page, 'clause-add-participant-done');
});

test('the facilitator is offered only people already participants of the body’s contracts', async ({ page }) => {
  const shell = new AppShell(page);
  await new LoginPage(page).signInAs('facilitator');
  await shell.main.getByRole('region', { name: 'Marchés avec clause sociale' }).getByRole('link', { name: CONTRACT }).tap();
  const form = shell.main.getByRole('form', { name: 'Ajouter un participant' });
  // Amadou Diallo is a participant of the body's other contract; the company's other workers are not offered.
  await expect(form.getByLabel('Personne').getByRole('option')).toHaveText(['Choisir…', 'Amadou Diallo (Rénovation Démo SARL)']);
  await checkScreen(page);
  await screenshot(page, 'clause-add-participant-facilitator');
});

test('the facilitator follows a participant’s path: contracts, monthly hours, training and exit', async ({ page }) => {
  const shell = new AppShell(page);
  await new LoginPage(page).signInAs('facilitator');
  await shell.main.getByRole('region', { name: 'Marchés avec clause sociale' }).getByRole('link', { name: CONTRACT }).tap();
  await shell.main.getByRole('region', { name: 'Participants' }).getByRole('link', { name: 'Parcours de Mehdi Haddad' }).tap();
  await expect(shell.main.getByRole('heading', { level: 1, name: 'Parcours de Mehdi Haddad' })).toBeVisible();
  const contracts = shell.main.getByRole('region', { name: 'Marchés' });
  await expect(contracts.getByRole('row', { name: new RegExp(CONTRACT) })).toContainText('Demandeur d’emploi longue durée');
  await expect(contracts.getByRole('row', { name: new RegExp(CONTRACT) })).toContainText('En cours');
  const months = shell.main.getByRole('region', { name: 'Heures par mois' });
  await expect(months.getByRole('row', { name: /2026-04/ })).toContainText('Validée (verrouillée)');
  await expect(months.getByRole('row', { name: /Total validé/ })).toBeVisible();
  // Mehdi passed one module of the demo's history on the tablet.
  const training = shell.main.getByRole('region', { name: 'Formation' });
  await expect(training).toContainText('1 module terminé dans l’entreprise.');
  await expect(training.getByRole('listitem').first()).toContainText(/ — terminé le \d{4}-\d{2}-\d{2}/);
  await checkScreen(page);
  await screenshot(page, 'clause-participant-path');
});

test('the manager follows the path of a participant who gained qualifications', async ({ page }) => {
  const shell = new AppShell(page);
  await new LoginPage(page).signInAs('manager');
  await shell.main.getByRole('region', { name: 'Marchés avec clause sociale' }).getByRole('link', { name: CONTRACT }).tap();
  await shell.main.getByRole('region', { name: 'Participants' }).getByRole('link', { name: 'Parcours de Sofia García' }).tap();
  await expect(shell.main.getByRole('heading', { level: 1, name: 'Parcours de Sofia García' })).toBeVisible();
  const qualifications = shell.main.getByRole('region', { name: 'Qualifications obtenues' });
  await expect(qualifications.getByRole('listitem').first()).toContainText(/obtenue le \d{4}-\d{2}-\d{2}/);
  await checkScreen(page);
  await screenshot(page, 'clause-participant-path-manager');
});
