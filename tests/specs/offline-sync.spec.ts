// Learning done offline on the shared tablet reaches the server exactly once per worker, even when a sync is cut.
import { expect, test, type Page } from '@playwright/test';
import { ModulePlayer } from '../pages/ModulePlayer';
import { TabletPage } from '../pages/TabletPage';
import { queryDb } from '../support/database';
import { DEMO_WORKER_PIN } from '../support/demo';
import { stripedPng } from '../support/media-files';
import { checkScreen, screenshot } from '../support/screens';

const EVIDENCE = 'https://w3id.org/fit/xapi/extensions/evidence';

async function publishedVersions(): Promise<string[]> {
  const rows = await queryDb<{ id: string }>(`select id from module_versions where status = 'published' order by created_at, id`);
  return rows.map((r) => r.id);
}

async function userId(displayName: string): Promise<string> {
  const [row] = await queryDb<{ id: string }>('select id from users where display_name = $1', [displayName]);
  return row!.id;
}

async function signIn(page: Page, tablet: TabletPage, name: string) {
  await page.goto('/tablet');
  await tablet.nameTile(name).tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules du jour');
}

/** Plays whatever module is open to its end: first answer of each question, every checklist item, a photo. */
async function playToTheEnd(page: Page) {
  const player = new ModulePlayer(page);
  while (!(await player.score.isVisible())) {
    if (await player.check.isVisible()) {
      const choice = page.locator('.player-quiz input').first();
      if (await choice.isVisible()) await choice.check();
      await player.check.tap();
    }
    for (const item of await page.locator('.player-task__checklist input[type="checkbox"]').all()) await item.check();
    const photo = page.locator('.player-task input[type="file"]');
    if (await photo.count()) {
      await photo.setInputFiles({ name: 'task.png', mimeType: 'image/png', buffer: stripedPng(120, 90, [[90, 90, 90], [255, 140, 0]]) });
      await expect(page.getByRole('img', { name: 'Votre photo' })).toBeVisible();
    }
    await player.goNext();
  }
}

interface Row {
  verb_id: string;
  object_id: string;
  registration: string;
  statement: { result?: { extensions?: Record<string, unknown> } };
}

/** One attempt, each record once: attempted, completed and passed/failed once each, the practical step with its photo. */
async function expectOneAttemptStored(worker: string, versionId: string) {
  const rows = await queryDb<Row>('select verb_id, object_id, registration, statement from xapi_statements where actor_user_id = $1 and object_id like $2', [
    worker,
    `%/module-versions/${versionId}%`,
  ]);
  const module = rows.filter((r) => r.object_id.endsWith(versionId));
  const verbs = module.map((r) => r.verb_id.split('/').pop()).sort();
  expect(verbs.filter((v) => v === 'attempted')).toHaveLength(1);
  expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
  expect(verbs.filter((v) => v === 'passed' || v === 'failed')).toHaveLength(1);
  expect(new Set(rows.map((r) => r.registration)).size).toBe(1);
  const practical = rows.filter((r) => r.verb_id.endsWith('/completed') && r.object_id.includes('/steps/'));
  expect(practical).toHaveLength(1);
  const evidence = practical[0]!.statement.result?.extensions?.[EVIDENCE] as string[];
  expect(evidence).toHaveLength(1);
  const [media] = await queryDb<{ purpose: string; created_by: string }>('select purpose, created_by from media_assets where id = $1', [evidence[0]]);
  expect(media).toEqual({ purpose: 'evidence', created_by: worker });
  expect(await queryDb('select 1 from media_assets where created_by = $1', [worker])).toHaveLength(1);
  return rows.length;
}

const outboxCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('fit-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('statements').objectStore('statements').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );

test('two workers learn offline on one tablet and each record reaches the server once', async ({ page, context }) => {
  test.setTimeout(120_000);
  const tablet = new TabletPage(page);
  const status = page.getByTestId('sync-status');
  const [first, second] = await publishedVersions();
  const julien = await userId('Julien Moreau');
  const fatima = await userId('Fatima Benali');
  await tablet.pairWithDemoTablet();

  // Julien opens a module while the network is there, then loses it and finishes the module offline.
  await signIn(page, tablet, 'Julien Moreau');
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
  await signIn(page, tablet, 'Fatima Benali');
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
  await signIn(page, tablet, 'Julien Moreau');
  await expect(status).toHaveText('Tout est enregistré', { timeout: 15_000 });
  expect(await outboxCount(page)).toBe(0);

  // Everything queued offline arrived (the "attempted" record may already have left while the network was there).
  expect(await expectOneAttemptStored(julien, first!)).toBeGreaterThanOrEqual(julienQueued);
  await expectOneAttemptStored(fatima, second!);
  await tablet.finish.tap();
});

test('a sync cut on its first try keeps the records and the next try stores each once', async ({ page }) => {
  test.setTimeout(90_000);
  const tablet = new TabletPage(page);
  const status = page.getByTestId('sync-status');
  const [, , third] = await publishedVersions();
  const kevin = await userId('Kevin Martin');
  let cut = 0;
  await page.route('**/xapi/statements', (route) => (cut++ === 0 ? route.abort() : route.continue()));

  await tablet.pairWithDemoTablet();
  await signIn(page, tablet, 'Kevin Martin');
  await page.goto(`/play/${third}`);
  await expect(new ModulePlayer(page).next).toBeVisible();
  await playToTheEnd(page);
  await expect(page.getByText('Pas encore envoyé : le serveur n’a pas répondu. FIT réessaie tout seul.')).toBeVisible({ timeout: 15_000 });
  await expect(status).toHaveText(/enregistrements? en attente d’envoi$/);
  await checkScreen(page);
  await screenshot(page, 'sync-failed-retry');

  await page.getByRole('button', { name: 'Synchroniser' }).tap();
  await expect(status).toHaveText('Tout est enregistré', { timeout: 15_000 });
  expect(cut).toBeGreaterThanOrEqual(2);
  expect(await outboxCount(page)).toBe(0);
  await expectOneAttemptStored(kevin, third!);
  await tablet.finish.tap();
});
