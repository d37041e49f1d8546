// BIM coordination of the demo site end to end: the trainer downloads the site's validations as a BCF 3.0 file from
// the site's page, imports that file back (as a BIM tool's topics would come in), finds the validated window among
// the items to review on site, and marks it as checked.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

test('the trainer exchanges the site’s validations and review items with BIM tools as BCF', async ({ page }) => {
  await new LoginPage(page).signInAs('trainer');
  await page.getByRole('link', { name: new RegExp(DEMO_SITE) }).first().tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_SITE);
  await expect(page.getByRole('heading', { name: 'Coordination BIM (BCF)' })).toBeVisible();
  await expect(page.getByText('Rien à vérifier sur le chantier.')).toBeVisible();
  await checkScreen(page);

  // The download: a .bcf zip with a topic folder holding its markup, viewpoint and snapshot.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le fichier BCF' }).tap()]);
  expect(download.suggestedFilename()).toMatch(/\.bcf$/);
  const path = await download.path();
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const names = bytes.toString('latin1');
  for (const entry of ['bcf.version', 'extensions.xml', '/markup.bcf', '/viewpoint.bcfv', '/snapshot.png']) expect(names).toContain(entry);

  // Imported back: its topic on the window becomes an item to review on site.
  await page.getByLabel('Fichier BCF (.bcf)').setInputFiles(path);
  await page.getByRole('button', { name: 'Importer', exact: true }).tap();
  // One topic per validation on elements: the demo's, and those earlier specs made on the same site.
  await expect(page.getByRole('status').filter({ hasText: /\d+ point\(s\) ajouté\(s\), 0 mis à jour\./ })).toBeVisible();
  const item = page.locator('.bcf-item').filter({ hasText: 'João Ferreira' });
  await expect(item).toBeVisible();
  await expect(item.getByRole('list', { name: 'Éléments' }).getByRole('listitem')).toHaveCount(1);
  await expect(item.getByRole('list', { name: 'Éléments' })).not.toContainText('absent de la maquette');
  await checkScreen(page);
  await screenshot(page, 'site-bcf-review-items');

  // Checked on site: it leaves the list.
  await item.getByLabel('Remarque (facultatif)').fill('Vu sur place, conforme.');
  await item.getByRole('button', { name: 'Marquer comme vérifié' }).tap();
  await expect(item).toHaveCount(0);
  await checkScreen(page);
});
