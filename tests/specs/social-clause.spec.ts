// The social clause: a company's manager declares a participant's month, the facilitator validates it, and the
// contract report's PDF shows the new totals (checked as text, and drawn to PNG to be looked at).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { checkScreen, screenshot } from '../support/screens';

const CONTRACT = 'Réhabilitation énergétique du groupe scolaire Jules Ferry';
const OUTPUT = join(import.meta.dirname, '..', 'output', 'screenshots');
/** "1 773,5 h" as the screen writes it (narrow no-break spaces) and as the PDF does (plain spaces). */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ').trim();

test.describe.configure({ mode: 'serial' });

test('the manager declares a month of a participant, after a refused number of hours', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('manager');
  const section = shell.main.getByRole('region', { name: 'Marchés avec clause sociale' });
  await expect(section.getByRole('link', { name: CONTRACT })).toBeVisible();
  await checkScreen(page);
  await section.getByRole('link', { name: CONTRACT }).tap();
  await expect(shell.main.getByRole('heading', { level: 1, name: CONTRACT })).toBeVisible();

  const form = shell.main.getByRole('region', { name: 'Déclarer les heures d’un mois' });
  await form.getByLabel('Participant').selectOption({ label: 'Mehdi Haddad' });
  await form.getByLabel('Lot').selectOption({ label: 'Lot 02 — Isolation' });
  await form.getByLabel('Mois').fill('2026-11');
  await form.getByLabel('Heures travaillées').fill('230');
  await form.getByRole('button', { name: 'Déclarer' }).tap();
  await expect(form.getByText('Plus de 220 heures dans un mois n’est pas plausible pour une personne.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'clause-manager-refused');

  await form.getByLabel('Heures travaillées').fill('151,5');
  await form.getByRole('button', { name: 'Déclarer' }).tap();
  await expect(form.getByText('Heures de Mehdi Haddad pour 2026-11 déclarées : elles attendent la validation du facilitateur.')).toBeVisible();
  const hours = shell.main.getByRole('region', { name: 'Heures déclarées' });
  await expect(hours.getByRole('row', { name: /2026-11 Mehdi Haddad/ })).toContainText('À valider');
  await checkScreen(page);
  await screenshot(page, 'clause-manager-declared');
});

test('the facilitator validates the month and the contract report PDF shows the new total', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('facilitator');
  const section = shell.main.getByRole('region', { name: 'Marchés avec clause sociale' });
  await section.getByRole('link', { name: CONTRACT }).tap();
  await expect(shell.main.getByRole('heading', { level: 1, name: CONTRACT })).toBeVisible();
  await expect(shell.main.getByRole('table', { name: 'Heures par lot et objectif' })).toBeAttached();
  await checkScreen(page);
  await screenshot(page, 'clause-facilitator-contract');

  const validated = shell.main.locator('.clause-figures div', { hasText: 'Heures validées' }).locator('dd');
  const before = Number(plain(await validated.innerText()).replace(/[ h]/g, '').replace(',', '.'));
  await shell.main.getByRole('button', { name: 'Valider les heures de Mehdi Haddad 2026-11' }).tap();
  const row = shell.main.getByRole('region', { name: 'Heures déclarées' }).getByRole('row', { name: /2026-11 Mehdi Haddad/ });
  await expect(row).toContainText('Validée (verrouillée)');
  await expect.poll(async () => Number(plain(await validated.innerText()).replace(/[ h]/g, '').replace(',', '.'))).toBeGreaterThanOrEqual(before + 151.5);
  const total = plain(await validated.innerText()).replace(/ h$/, '');
  await checkScreen(page);

  const download = page.waitForEvent('download');
  await shell.main.getByRole('button', { name: 'Bilan PDF' }).tap();
  mkdirSync(OUTPUT, { recursive: true });
  const file = join(OUTPUT, 'clause-contract-report.pdf');
  await (await download).saveAs(file);
  const text = plain(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  expect(text).toContain('Clause sociale — bilan du marché');
  // Helvetica has no arrow: the period is written with a dash the PDF's font draws.
  expect(text).toContain('Période : 2026-03-01 – 2027-06-30');
  expect(text).toContain(`Heures d’insertion réalisées (validées) : ${total} h / Objectif 2 000 h`);
  expect(text).toContain('Heures par public');
  expect(text).toContain('Demandeur d’emploi longue durée');
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(OUTPUT, 'clause-contract-report')]);
});

test('the company’s admin reads who looked at its participants’ eligibility, and why', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('admin');
  await page.goto('/personal-data');
  const log = shell.main.getByRole('region', { name: 'Lectures de l’éligibilité des participants' });
  // The contract screen's read (its purpose) and the report's, each with who read and for which body.
  const screenRead = log.getByRole('row').filter({ hasText: 'Mehdi Haddad' }).filter({ hasText: 'Suivi du marché (écran du marché)' }).first();
  await expect(screenRead).toContainText('Farida Facilitatrice');
  await expect(screenRead).toContainText('Maison de l’emploi Démo');
  await expect(log.getByRole('row').filter({ hasText: 'Clause sociale — bilan du marché LYON-2026-017' }).first()).toContainText('Farida Facilitatrice');
  await checkScreen(page);
  await screenshot(page, 'clause-admin-read-log');
});

test('the facilitator records a contract with two lots, after the form shows what is missing', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('facilitator');
  const section = shell.main.getByRole('region', { name: 'Marchés avec clause sociale' });
  await section.getByRole('button', { name: 'Enregistrer un marché' }).tap();
  const form = section.getByRole('form', { name: 'Enregistrer un marché avec clause sociale' });
  await form.getByRole('button', { name: 'Enregistrer le marché' }).tap();
  await expect(form.getByText('Renseignez ce champ.')).toHaveCount(3);
  await expect(form.getByText('Choisissez l’entreprise attributaire, ou nommez-la.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'clause-record-refused');

  // A reference of its own each run: the body refuses a reference it already recorded.
  const reference = `LYON-E2E-${Date.now()}`;
  const title = `Extension de la médiathèque ${reference}`;
  await form.getByLabel('Acheteur').fill('Métropole de Lyon');
  await form.getByLabel('Référence du marché').fill(reference);
  await form.getByLabel('Intitulé des travaux').fill(title);
  await form.getByLabel('Territoire (facultatif)').selectOption({ label: 'Lyon Est' });
  await form.getByLabel('Date de début').fill('2027-01-04');
  await form.getByLabel('Date de fin').fill('2027-12-17');
  const lot1 = form.getByRole('group', { name: 'Lot 1' });
  await lot1.getByLabel('Nom du lot').fill('Lot 01 — Gros œuvre');
  await lot1.getByLabel('Objectif d’heures d’insertion').fill('1200');
  await lot1.getByLabel('Entreprise attributaire').selectOption({ label: 'Menuiserie Rhône Insertion' });
  await form.getByRole('button', { name: 'Ajouter un lot' }).tap();
  const lot2 = form.getByRole('group', { name: 'Lot 2' });
  await lot2.getByLabel('Nom du lot').fill('Lot 02 — Peinture');
  await lot2.getByLabel('Objectif d’heures d’insertion').fill('350,5');
  await lot2.getByLabel('Entreprise attributaire').selectOption({ label: 'Une entreprise absente de FIT (saisir son nom)' });
  await lot2.getByLabel('Nom de l’entreprise attributaire').fill('Peintures du Rhône');
  // A corrected field loses its error at once: the facilitator sees only what is still wrong.
  await expect(form.locator('.text-field__error')).toHaveCount(0);
  await checkScreen(page);
  await screenshot(page, 'clause-record-filled');

  await form.getByRole('button', { name: 'Enregistrer le marché' }).tap();
  await expect(shell.main.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(shell.main.getByText('Peintures du Rhône').first()).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'clause-record-contract');
});

test('the facilitator records a participant’s exit to a job, after the form asks for its date', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('facilitator');
  await shell.main.getByRole('region', { name: 'Marchés avec clause sociale' }).getByRole('link', { name: CONTRACT }).tap();
  const form = shell.main.getByRole('form', { name: 'Enregistrer une sortie' });
  await form.getByLabel('Participant').selectOption({ label: 'Inès Carvalho' });
  await form.getByLabel('Sortie', { exact: true }).selectOption({ label: 'Emploi' });
  await form.getByRole('button', { name: 'Enregistrer la sortie' }).tap();
  await expect(form.getByText('Choisissez une date.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'clause-exit-refused');

  await form.getByLabel('Date de sortie').fill('2026-11-30');
  await form.getByRole('button', { name: 'Enregistrer la sortie' }).tap();
  const participants = shell.main.getByRole('region', { name: 'Participants' });
  await expect(participants.getByRole('row', { name: /Inès Carvalho/ })).toContainText('Emploi');
  await expect(form.getByLabel('Participant').getByRole('option', { name: 'Inès Carvalho' })).toHaveCount(0);
  await checkScreen(page);
  await screenshot(page, 'clause-exit-recorded');
});

test('the manager links one of the company’s sites to a lot it was awarded', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('manager');
  await shell.main.getByRole('region', { name: 'Marchés avec clause sociale' }).getByRole('link', { name: CONTRACT }).tap();
  const form = shell.main.getByRole('form', { name: 'Rattacher un chantier à un lot' });
  // Only the lots the company was awarded are offered.
  await expect(form.getByLabel('Lot').getByRole('option')).toHaveText(['Lot 02 — Isolation']);
  const site = (await form.getByLabel('Chantier').locator('option:checked').innerText()).trim();
  await form.getByRole('button', { name: 'Rattacher le chantier' }).tap();
  await expect(form.getByRole('status')).toHaveText(`${site} est rattaché au Lot 02 — Isolation.`);
  await checkScreen(page);
  await screenshot(page, 'clause-link-site');
});
