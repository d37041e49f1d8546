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
  // Each chart is there, drawn with its table, or, when all its figures count under 5 people, said so in words rather
  // than drawn as an empty frame (the demo as seeded has three such; specs run before this one add a few people).
  for (const name of [
    'Personnes formées et heures de formation par mois',
    'Heures de clause sociale validées par territoire et par mois',
  ]) {
    await expect(shell.main.getByText(name, { exact: true }).first()).toBeVisible();
  }
  const allHidden = shell.main.getByText(
    'Tous les chiffres de ce graphique comptent moins de 5 personnes : ils sont tous masqués.',
  );
  await expect(allHidden.first()).toBeVisible();
  expect(await allHidden.count()).toBeGreaterThanOrEqual(2);
  // Since the contracts began, Lyon Est's 7 participants did 1 621,5 h (LYON-2026-017) + 1 169 h (GLH-2026-042) of
  // the 2 000 h + 2 600 h targets: enough people to show the hours, as a chart and its table.
  const targetsName =
    'Heures de clause sociale réalisées depuis le début des marchés et objectifs, par territoire';
  const targets = shell.main.getByRole('table', { name: targetsName });
  const lyon = (await targets.getByRole('row', { name: /Lyon Est/ }).innerText()).replace(
    /[\u202f\u00a0]/g,
    ' ',
  );
  expect(lyon).toMatch(/Lyon Est\s+2 790,5\s+4 600/);
  await expect(
    shell.main
      .locator('figure', { has: page.getByRole('table', { name: targetsName }) })
      .locator('.recharts-bar-rectangle'),
  ).toHaveCount(2);
  await checkScreen(page);
  await screenshot(page, 'network-figures');

  const download = page.waitForEvent('download');
  await shell.main.getByRole('button', { name: 'Télécharger le CSV' }).tap();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('Personnes formées');
  expect(csv).toContain('Territoire,Objectif (h),Réalisé (h),Avancement (%)');
  expect(csv).toContain('Lyon Est,4600,2790.5,61');
  expect(csv).toMatch(/Heures de clause sociale validées — Lyon Est(,(< 5|\d+(\.\d+)?)){7}/);
  // Aggregates only: no demo person's name leaves the companies.
  expect(csv).not.toMatch(/Manon|Thomas|Farida/);
});
