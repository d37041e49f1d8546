// A network body's facilitator keeps its territories; a company's manager starts and ends sharing with the body.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_NETWORK, DEMO_ORGANISATION, DEMO_TERRITORY } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

test('the facilitator sees the territory and the sharing company, and adds a territory after a refused code', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('facilitator');
  await expect(shell.heading).toHaveText('Clause sociale et parcours');
  await expect(shell.main.getByRole('heading', { name: DEMO_TERRITORY, exact: true })).toBeVisible();
  await expect(shell.main.getByRole('heading', { name: DEMO_ORGANISATION })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'network-facilitator-home');

  await shell.main.getByRole('button', { name: 'Ajouter un territoire' }).tap();
  await shell.main.getByLabel('Nom du territoire').fill('Villeurbanne');
  await shell.main.getByLabel('Communes et intercommunalités').fill('69266, 6926');
  await shell.main.getByRole('button', { name: 'Créer le territoire' }).tap();
  await expect(shell.main.getByText('« 6926 » n’est ni un code INSEE de commune ni un SIREN d’intercommunalité.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'network-territory-refused');
  await shell.main.getByLabel('Communes et intercommunalités').fill('69266 200046977');
  await shell.main.getByRole('button', { name: 'Créer le territoire' }).tap();
  await expect(shell.main.getByRole('heading', { name: 'Villeurbanne' })).toBeVisible();
  await expect(shell.main.getByText('2 communes ou intercommunalités', { exact: true })).toBeVisible();
});

test('the planner reads the territories without editing them', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('planner');
  await expect(shell.heading).toHaveText('Prospective des compétences');
  await expect(shell.main.getByRole('heading', { name: DEMO_TERRITORY })).toBeVisible();
  await expect(shell.main.getByRole('button', { name: /Modifier/ })).toHaveCount(0);
  await checkScreen(page);
});

test('the manager ends sharing with the network body, then starts it again', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('manager');
  const section = shell.main.getByRole('region', { name: 'Partage avec les structures du réseau' });
  await expect(section.getByRole('heading', { name: DEMO_NETWORK })).toBeVisible();
  await section.getByRole('button', { name: `Arrêter le partage avec ${DEMO_NETWORK}` }).tap();
  await section.getByRole('button', { name: `Confirmer l’arrêt du partage avec ${DEMO_NETWORK}` }).tap();
  await expect(section.getByText(/^Partagé du /)).toBeVisible();
  await section.getByLabel('Partager avec').selectOption({ label: DEMO_NETWORK });
  await section.getByRole('button', { name: 'Commencer à partager' }).tap();
  await expect(section.getByText(/^Partage depuis le /)).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'network-manager-sharing');
});
