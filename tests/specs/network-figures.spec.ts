// A facilitator opens the network's figures from the home: aggregates of the sharing companies as charts with their
// tables, small counts hidden, and the CSV download.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { checkScreen, screenshot } from '../support/screens';

test('the facilitator reads the network figures and downloads them as CSV', async ({ page }) => {
  const shell = new AppShell(page);
  await new LoginPage(page).signInAs('facilitator');
  await shell.main.getByRole('link', { name: 'Ouvrir les chiffres' }).tap();
  await expect(page).toHaveURL(/\/network-figures$/);
  await expect(shell.main.getByRole('heading', { level: 1 })).toHaveText('Chiffres du réseau');
  await expect(shell.main.getByText('3 entreprises partagent avec vous.')).toBeVisible();
  // The demo's few trainees and expiring qualifications are all under 5: said in words, not drawn as empty frames.
  await expect(shell.main.getByRole('heading', { name: 'Personnes formées et heures de formation par mois' })).toBeVisible();
  await expect(shell.main.getByText('Tous les chiffres de ce graphique comptent moins de 5 personnes : ils sont tous masqués.')).toHaveCount(2);
  await checkScreen(page);
  await screenshot(page, 'network-figures');

  const download = page.waitForEvent('download');
  await shell.main.getByRole('button', { name: 'Télécharger le CSV' }).tap();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Personnes formées');
  // Aggregates only: no demo person's name leaves the companies.
  expect(csv).not.toMatch(/Manon|Thomas|Farida/);
});
