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
  const activity = shell.main.getByRole('table', { name: 'Personnes formées et heures de formation par mois' });
  await expect(activity.getByRole('row')).toHaveCount(7);
  await checkScreen(page);
  await screenshot(page, 'network-figures');

  const download = page.waitForEvent('download');
  await shell.main.getByRole('button', { name: 'Télécharger le CSV' }).tap();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Personnes formées');
  // Aggregates only: no demo person's name leaves the companies.
  expect(csv).not.toMatch(/Manon|Thomas|Farida/);
});
