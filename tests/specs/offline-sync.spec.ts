// Learning done offline on the shared tablet reaches the server exactly once per worker, even when a sync is cut.
import { expect, test } from '@playwright/test';
import { ModulePlayer } from '../pages/ModulePlayer';
import { TabletPage } from '../pages/TabletPage';
import { expectOneAttemptStored, outboxCount, playToTheEnd, publishedVersions, userId } from '../support/offline-learning';
import { checkScreen, screenshot } from '../support/screens';

test('two workers learn offline on one tablet and each record reaches the server once', async ({ page, context }) => {
  test.setTimeout(120_000);
  const tablet = new TabletPage(page);
  const status = page.getByTestId('sync-status');
  const [first, second] = await publishedVersions();
  const julien = await userId('Julien Moreau');
  const fatima = await userId('Fatima Benali');
  await tablet.pairWithDemoTablet();

  // Julien opens a module while the network is there, then loses it and finishes the module offline.
  await tablet.signIn('Julien Moreau');
  await expect(status).toHaveText('Tout est enregistré');
  await screenshot(page, 'sync-all-saved');
  await page.goto(`/play/${first}`);
  await expect(new ModulePlayer(page).next).toBeVisible();
  await context.setOffline(true);
  await playToTheEnd(page);
  await expect(status).toHaveText(/^Hors ligne — \d+ enregistrements gardés sur cette tablette$/);
  await checkScreen(page);
  await screenshot(page, 'sync-offline-waiting');
  await tablet.finish.tap();
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?');
  const julienQueued = await outboxCount(page);
  expect(julienQueued).toBeGreaterThan(4);

  // Fatima, online to sign in, sees Julien's records wait for him, then does another module offline.
  await context.setOffline(false);
  await tablet.signIn('Fatima Benali');
  await expect(page.getByText(`${julienQueued} enregistrements en attente pour Julien Moreau`)).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'sync-waiting-for-another-worker');
  await page.goto(`/play/${second}`);
  await expect(new ModulePlayer(page).next).toBeVisible();
  await context.setOffline(true);
  await playToTheEnd(page);
  await expect(status).toHaveText(/^Hors ligne — \d+ enregistrements/);

  // Back online: Fatima's records go by themselves; Julien's stay until he signs in again.
  await context.setOffline(false);
  await expect(status).toHaveText('Tout est enregistré', { timeout: 15_000 });
  expect(await outboxCount(page)).toBe(julienQueued);
  await tablet.finish.tap();
  await tablet.signIn('Julien Moreau');
  await expect(status).toHaveText('Tout est enregistré', { timeout: 15_000 });
  expect(await outboxCount(page)).toBe(0);

  // Everything queued offline arrived (the "attempted" record may already have left while the network was there).
  expect(await expectOneAttemptStored(julien, first!)).toBeGreaterThanOrEqual(julienQueued);
  await expectOneAttemptStored(fatima, second!);
  await tablet.finish.tap();
});

test('a sync cut on its first try keeps the records and the photo, and the next try stores each once', async ({ page }) => {
  test.setTimeout(90_000);
  const tablet = new TabletPage(page);
  const status = page.getByTestId('sync-status');
  const [, , third] = await publishedVersions();
  const kevin = await userId('Kevin Martin');
  let cut = 0;
  await page.route('**/xapi/statements', (route) => (cut++ === 0 ? route.abort() : route.continue()));
  // The photo's chunk reaches the server but its answer is lost: the retry must find the same media asset, not make a
  // second one (expectOneAttemptStored counts the worker's media).
  let chunks = 0;
  await page.route('**/media/evidence/uploads/*', async (route) => {
    if (route.request().method() !== 'PATCH' || chunks++ > 0) return route.continue();
    await route.fetch();
    return route.abort();
  });

  await tablet.pairWithDemoTablet();
  await tablet.signIn('Kevin Martin');
  await page.goto(`/play/${third}`);
  await expect(new ModulePlayer(page).next).toBeVisible();
  await playToTheEnd(page);
  await expect(page.getByText('Pas encore envoyé : le serveur n’a pas répondu. FIT réessaie tout seul.')).toBeVisible({ timeout: 15_000 });
  await expect(status).toHaveText(/enregistrements? en attente d’envoi$/);
  await checkScreen(page);
  await screenshot(page, 'sync-failed-retry');

  // The first try after the cut sends the photo, whose answer is lost; the next one finds it on the server.
  await page.getByRole('button', { name: 'Synchroniser' }).tap();
  await expect.poll(() => chunks).toBe(1);
  await expect(status).toHaveText(/enregistrements? en attente d’envoi$/);
  await page.getByRole('button', { name: 'Synchroniser' }).tap();
  await expect(status).toHaveText('Tout est enregistré', { timeout: 15_000 });
  expect(cut).toBeGreaterThanOrEqual(2);
  expect(chunks).toBe(1);
  expect(await outboxCount(page)).toBe(0);
  await expectOneAttemptStored(kevin, third!);
  await tablet.finish.tap();
});
