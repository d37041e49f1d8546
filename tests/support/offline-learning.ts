// Helpers of the offline learning specs: play a module to its end, check what the server stored, count the outbox.
import { expect, type Page } from '@playwright/test';
import { ModulePlayer } from '../pages/ModulePlayer';
import { queryDb } from './database';
import { stripedPng } from './media-files';

const EVIDENCE = 'https://w3id.org/fit/xapi/extensions/evidence';

export async function publishedVersions(): Promise<string[]> {
  const rows = await queryDb<{ id: string }>(`select id from module_versions where status = 'published' order by created_at, id`);
  return rows.map((r) => r.id);
}

export async function userId(displayName: string): Promise<string> {
  const [row] = await queryDb<{ id: string }>('select id from users where display_name = $1', [displayName]);
  return row!.id;
}

/** Answers the question on screen before "Check" is tapped. */
type Answer = (player: ModulePlayer, page: Page) => Promise<void>;

const firstChoice: Answer = async (_player, page) => {
  const choice = page.locator('.player-quiz input').first();
  if (await choice.isVisible()) await choice.check();
};

/** The right answers to the demo module on window airtightness (in French): warm side, the four gestures, three defects. */
export const windowModuleAnswers: Answer = async (player, page) => {
  const quiz = page.locator('.player-quiz');
  if (await quiz.getByText('De quel côté').isVisible()) await player.choose('Côté intérieur (chaud)');
  else if (await quiz.getByText('Remettez les gestes').isVisible()) for (const position of [2, 4, 3, 4]) await player.moveUp(position);
  else if (await quiz.getByText('Quels défauts').isVisible()) await player.choose('Un pli dans la bande', 'Un recouvrement de 2 cm', 'De la mousse seule, sans bande');
  else throw new Error(`No answer for: ${await quiz.innerText()}`);
};

/** Plays whatever module is open to its end: each question answered (the first choice unless told), every checklist item, a photo. */
export async function playToTheEnd(page: Page, answer: Answer = firstChoice) {
  const player = new ModulePlayer(page);
  while (!(await player.score.isVisible())) {
    if (await player.check.isVisible()) {
      await answer(player, page);
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

/** The latest attempt, each record once: attempted, completed and passed/failed once each, the practical step with its photo. */
export async function expectOneAttemptStored(worker: string, versionId: string) {
  // The worker's latest attempt at this version (earlier specs may have left attempts of their own).
  const rows = await queryDb<Row>(
    `select verb_id, object_id, registration, statement from xapi_statements
      where actor_user_id = $1 and object_id like $2
        and registration = (select registration from xapi_statements where actor_user_id = $1 and object_id like $2
                             order by stored desc limit 1)`,
    [worker, `%/module-versions/${versionId}%`],
  );
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
  // One photo for this attempt (earlier specs may have left the same worker's photos of other attempts).
  const photos = await queryDb(
    `select 1 from media_assets where created_by = $1 and purpose = 'evidence'
        and created_at >= (select min(timestamp) from xapi_statements where actor_user_id = $1 and registration = $2)`,
    [worker, rows[0]!.registration],
  );
  expect(photos).toHaveLength(1);
  return rows.length;
}

export const outboxCount = (page: Page) =>
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
