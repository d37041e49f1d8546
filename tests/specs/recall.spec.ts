// Spaced recall on the site tablet, offline: the worker's due questions come from the site pack, each answer is kept
// in the outbox as a `recalled` statement, and back online the server stores each once and moves its card on.
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, pageSession, staffToken } from '../support/api';
import { queryDb } from '../support/database';
import { DEMO_SITE, DEMO_WORKER_PIN } from '../support/demo';
import { userId } from '../support/offline-learning';
import { checkScreen, screenshot } from '../support/screens';

const RECALLED = 'https://w3id.org/fit/xapi/verbs/recalled';
const MODULE_VERSIONS = 'https://w3id.org/fit/module-versions';

/** The recall statements waiting in the tablet's outbox for this worker: id and review time. */
const queuedRecalls = (page: Page, worker: string) =>
  page.evaluate(
    ([user, verb]) =>
      new Promise<{ id: string; at: string; activity: string }[]>((resolve, reject) => {
        const open = indexedDB.open('fit-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('statements').objectStore('statements').getAll();
          all.onsuccess = () => {
            type Entry = {
              userId: string;
              statement: { id: string; verb: { id: string }; timestamp: string; object: { id: string } };
            };
            resolve(
              (all.result as Entry[])
                .filter((e) => e.userId === user && e.statement.verb.id === verb)
                .map((e) => ({
                  id: e.statement.id,
                  at: e.statement.timestamp,
                  activity: e.statement.object.id,
                })),
            );
            open.result.close();
          };
        };
      }),
    [worker, RECALLED] as const,
  );

test('a worker recalls due questions offline; back online each answer is stored once and its card moves on', async ({
  page,
  context,
  request,
  browser,
}) => {
  test.setTimeout(180_000);
  const tablet = new TabletPage(page);
  const status = page.getByTestId('sync-status');
  const pack = page.getByTestId('site-pack');
  // A worker few other specs use; whatever cards they left, this spec checks only the questions it recalls.
  const lucas = await userId('Lucas Petit');

  // A question Lucas answered in a module a month ago: due for recall now, whatever the demo dated his answers.
  await tablet.pairWithDemoTablet();
  await tablet.signIn('Lucas Petit');
  const session = await pageSession(page);
  // One he has no card for yet: a question he answered since (another spec plays modules with him) would be
  // scheduled from that later answer, not due now.
  const [quiz] = await queryDb<{ version_id: string; step_id: string }>(
    `select v.id as version_id, s->>'id' as step_id from module_versions v, jsonb_array_elements(v.content->'steps') s
      where v.status = 'published' and s->>'kind' = 'quiz'
        and not exists (select 1 from recall_cards c where c.user_id = $1 and c.module_version_id = v.id and c.step_id = s->>'id')
      order by v.created_at, v.id limit 1`,
    [lucas],
  );
  const answered = await request.post('/xapi/statements', {
    headers: { authorization: `Bearer ${session.token}`, 'x-experience-api-version': '2.0.0' },
    data: {
      id: randomUUID(),
      actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: lucas } },
      verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
      object: { objectType: 'Activity', id: `${MODULE_VERSIONS}/${quiz!.version_id}/steps/${quiz!.step_id}` },
      result: { response: 'x', success: true },
      timestamp: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    },
  });
  expect(answered.status(), await answered.text()).toBe(200);
  await tablet.finish.tap();

  // The tablet takes its site pack (the crew's cards with it), then loses the network.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await pack.getByRole('button', { name: 'Télécharger pour le hors ligne' }).tap();
  await pack.getByRole('button', { name: 'Lancer le téléchargement' }).tap();
  await expect(pack.getByRole('status')).toContainText('À jour', { timeout: 30_000 });
  await context.setOffline(true);
  await page.goto('/tablet');
  await tablet.nameTile('Lucas Petit').tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  await expect(tablet.heading).toHaveText('Modules du jour');

  // The day offers the recall; up to five questions, each in French, with read-aloud and big answers.
  const offer = page.getByRole('region', { name: /Rappel · 2 minutes/ });
  await expect(offer).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'recall-offer');
  await offer.getByRole('link', { name: 'Commencer le rappel' }).tap();
  await expect(tablet.heading).toHaveText('Rappel');
  const progress = page.getByRole('progressbar');
  const total = Number(/sur (\d)/.exec((await progress.getAttribute('aria-label')) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(1);
  expect(total).toBeLessThanOrEqual(5);
  // Read aloud, or, on a device with no French voice, a notice that says so.
  await expect(
    page
      .getByRole('button', { name: 'Lire à voix haute' })
      .or(page.getByText(/n’a pas de voix pour cette langue/)),
  ).toBeVisible();
  for (let i = 0; i < total; i++) {
    await expect(page.locator('.recall__top')).toContainText(`Question ${i + 1} sur ${total}`);
    const choice = page.locator('.player-quiz input').first();
    if (await choice.isVisible()) await choice.check();
    if (i === 0) {
      await checkScreen(page);
      await screenshot(page, 'recall-question');
      // Gloves: every answer and button is a big target.
      for (const target of await page.locator('.player-choice, .recall button').all()) {
        const box = await target.boundingBox();
        if (box) expect(box.height).toBeGreaterThanOrEqual(48);
      }
    }
    await page.getByRole('button', { name: 'Vérifier ma réponse' }).tap();
    await expect(page.locator('.player-feedback')).toBeVisible();
    if (i === 0) {
      await checkScreen(page);
      await screenshot(page, 'recall-feedback');
    }
    await page.getByRole('button', { name: i + 1 < total ? 'Question suivante' : 'Voir mon résultat' }).tap();
  }
  await expect(tablet.heading).toHaveText('Rappel terminé');
  await expect(page.getByRole('status').filter({ hasText: 'retenues' })).toContainText(
    `sur ${total} retenues`,
  );
  await checkScreen(page);
  await screenshot(page, 'recall-done');
  const queued = await queuedRecalls(page, lucas);
  expect(queued).toHaveLength(total);
  expect(queued.map((q) => q.activity)).toContain(
    `${MODULE_VERSIONS}/${quiz!.version_id}/steps/${quiz!.step_id}`,
  );

  // Answered here, not asked again today: the offer is gone from the day.
  await page.getByRole('button', { name: 'Retour à ma journée' }).tap();
  await expect(tablet.heading).toHaveText('Modules du jour');
  await expect(offer).toHaveCount(0);

  // Back online: the outbox leaves, each recall is stored once, and each card's due date moved past now.
  await context.setOffline(false);
  await expect(status).toHaveText('Tout est enregistré', { timeout: 20_000 });
  const ids = queued.map((q) => q.id);
  const stored = await queryDb<{ id: string; n: number }>(
    'select id, count(*)::int as n from xapi_statements where id = any($1::uuid[]) group by id',
    [ids],
  );
  expect(stored.map((s) => s.n)).toEqual(ids.map(() => 1));
  const cards = await queryDb<{ activity_id: string; due: Date; last_review: Date }>(
    'select activity_id, due, last_review from recall_cards where user_id = $1 and activity_id = any($2::text[])',
    [lucas, queued.map((q) => q.activity)],
  );
  expect(cards).toHaveLength(total);
  for (const card of cards) {
    const recall = queued.find((q) => q.activity === card.activity_id)!;
    expect(card.last_review.toISOString()).toBe(recall.at);
    expect(card.due.getTime()).toBeGreaterThan(Date.parse(recall.at));
  }
  await tablet.finish.tap();

  // The trainer sees, per team, which skills' questions are being forgotten.
  const trainer = await staffToken(request, 'trainer');
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(
    request,
    trainer,
    '{ sites { id name } }',
  );
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  await new LoginPage(page).signInAs('trainer');
  await page.goto(`/sites/${site.id}/cohort`);
  const lapses = page.getByRole('region', { name: 'Ce que les équipes oublient' });
  await expect(lapses.getByRole('row').filter({ hasText: 'Équipe second œuvre' }).first()).toBeVisible();
  await lapses.scrollIntoViewIfNeeded();
  await checkScreen(page);
  await screenshot(page, 'recall-lapses-cohort');

  // The admin's setting, off by default: recall keeps a ULO fresh only once turned on (and it is turned off again,
  // so no other spec's awards see it).
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await new LoginPage(admin).signInAs('admin');
  const setting = admin.getByRole('region', { name: 'Le rappel entretient les compétences' });
  const toggle = setting.getByRole('checkbox', { name: 'Le rappel entretient une ULO' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await setting.getByLabel('Prolongation (mois)').fill('40');
  await expect(setting.getByText('De 1 à 36 mois.')).toBeVisible();
  await setting.getByLabel('Prolongation (mois)').fill('12');
  await setting.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(setting).toContainText('Enregistré : activé, +12 mois');
  await setting.scrollIntoViewIfNeeded();
  await checkScreen(admin);
  await screenshot(admin, 'recall-policy-admin');
  await toggle.uncheck();
  await setting.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(setting).toContainText('Enregistré : désactivé.');
  await adminContext.close();
});
