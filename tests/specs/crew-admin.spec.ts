// Staff crew screens end to end: add a worker with validation, give them a PIN, build a team, sign out everywhere.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { checkScreen, screenshot } from '../support/screens';

test('a manager adds a worker, sets their PIN and puts them in a new team', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('manager');
  await page.getByRole('link', { name: 'Ouvriers et équipes' }).first().tap();
  await expect(shell.heading).toHaveText('Ouvriers et équipes');

  await page.getByRole('button', { name: 'Ajouter l’ouvrier' }).tap();
  await expect(page.getByText('Saisissez le nom complet de l’ouvrier.')).toBeVisible();
  await expect(page.getByText('Saisissez le métier de l’ouvrier.')).toBeVisible();
  await checkScreen(page);

  await page.getByLabel('Nom complet').fill('Sofia Lopes');
  await page.getByLabel('Métier', { exact: true }).fill('couvreuse');
  await page.getByLabel('Langue de l’ouvrier').selectOption('pt');
  await page.getByRole('button', { name: 'Ajouter l’ouvrier' }).tap();
  await expect(page.getByText('Sofia Lopes a été ajouté.')).toBeVisible();
  const row = page.locator('.crew-row').filter({ hasText: 'Sofia Lopes' });
  await expect(row).toContainText('Pas encore de code');

  await row.getByRole('button', { name: 'Définir le code' }).tap();
  await row.getByLabel('Nouveau code à 6 chiffres pour Sofia Lopes').fill('12');
  await row.getByRole('button', { name: 'Enregistrer le code' }).tap();
  await expect(row).toContainText('Le code fait exactement 6 chiffres.');
  await row.getByLabel('Nouveau code à 6 chiffres pour Sofia Lopes').fill('432187');
  await row.getByRole('button', { name: 'Enregistrer le code' }).tap();
  await expect(row).toContainText('Code défini');

  await page.getByLabel('Nom de la nouvelle équipe').fill('Équipe toiture');
  await page.getByRole('button', { name: 'Créer l’équipe' }).tap();
  const team = page.getByRole('group', { name: 'Équipe toiture' });
  await team.getByLabel(/Sofia Lopes/).check();
  await team.getByRole('button', { name: 'Enregistrer l’équipe' }).tap();
  await expect(team).toContainText('Enregistré.');
  await checkScreen(page);
  await screenshot(page, 'crew-workers');
});

test('"sign out on every device" from the account menu ends the session', async ({ page }) => {
  const login = new LoginPage(page);
  await login.signInAs('trainer');
  await page.getByRole('button', { name: 'Compte' }).tap();
  await checkScreen(page);
  await page.getByRole('button', { name: 'Se déconnecter de tous les appareils' }).tap();
  await expect(login.heading).toHaveText('Connexion');
  expect(await page.evaluate(() => localStorage.getItem('fit.session'))).toBeNull();
});
