// A cmi5 course played with no network: the sample course is assigned on site and goes into the tablet's site pack
// (its files kept by the content origin's service worker, a launch prepared for the worker); offline, the worker
// plays both AnyWindow AUs from the tablet, their statements wait in the outbox and nothing reaches the server; back
// online they sync exactly once, moveOn is met and the course shows done in the trainer's cohort view.
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { sampleZip } from '../support/cmi5-course';
import { queryDb } from '../support/database';
import { DEMO_SITE, DEMO_WORKER_PIN } from '../support/demo';
import { outboxCount, userId } from '../support/offline-learning';
import { checkScreen, screenshot } from '../support/screens';

const WORKER = 'Kevin Martin';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The statements of the registration, counted by verb (the LMS's and the AU's). */
async function verbCounts(registration: string): Promise<Record<string, number>> {
  const rows = await queryDb<{ verb: string; n: string }>(
    `select regexp_replace(verb_id, '^.*/', '') as verb, count(*) as n from xapi_statements where registration = $1 group by 1`,
    [registration],
  );
  return Object.fromEntries(rows.map((r) => [r.verb, Number(r.n)]));
}

async function playAu(page: Page, part: string, act: (au: ReturnType<Page['frameLocator']>) => Promise<void>, shot: string) {
  await page.getByRole('button', { name: part }).tap();
  const au = page.frameLocator('iframe.player-cmi5__frame');
  await act(au);
  await checkScreen(page);
  await screenshot(page, shot);
  await page.getByRole('button', { name: 'Retour aux parties' }).tap();
}

test('a cmi5 course in the site pack plays offline; its statements wait in the outbox and sync exactly once', async ({ page, context, request }) => {
  test.setTimeout(180_000);
  const trainer = await staffToken(request, 'trainer');
  const name = `Membranes hors ligne ${Date.now()}`;
  const imported = await request.post(`/cmi5/courses?name=${encodeURIComponent(name)}`, {
    headers: { authorization: `Bearer ${trainer}`, 'content-type': 'application/zip' },
    data: sampleZip(),
  });
  expect(imported.status()).toBe(201);
  const { moduleId, courseId } = (await imported.json()) as { moduleId: string; courseId: string };
  const { module } = await gql<{ module: { latestPublished: { id: string } } }>(request, trainer, 'query($id: ID!) { module(id: $id) { latestPublished { id } } }', { id: moduleId });
  const version = module.latestPublished.id;
  const worker = await userId(WORKER);
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, trainer, '{ sites { id name } }');
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  await gql(request, trainer, 'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', { i: { moduleVersionId: version, workerIds: [worker], siteId: site.id, dueOn: inDays(2) } });

  // The tablet downloads its site pack, the course with it.
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const pack = page.getByTestId('site-pack');
  await pack.getByRole('button', { name: 'Télécharger pour le hors ligne' }).tap();
  await pack.getByRole('button', { name: 'Lancer le téléchargement' }).tap();
  await expect(pack.getByRole('status')).toContainText('À jour', { timeout: 60_000 });
  const [{ registration }] = await queryDb<{ registration: string }>(
    `select r.id as registration from cmi5_registrations r where r.course_id = $1 and r.actor->'account'->>'name' = $2`,
    [courseId, worker],
  );
  // Prepared, not launched: nothing is stated before the worker opens a part.
  expect(await verbCounts(registration)).toEqual({});

  // No network from here on. The worker signs in by PIN from the pack and opens the course, never opened online here.
  await context.setOffline(true);
  await page.goto('/tablet');
  await tablet.nameTile(WORKER).tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  await tablet.speakFrench();
  await page.locator(`a[href="/play/${version}"]`).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('status').filter({ hasText: 'Pas de connexion : les parties gardées sur la tablette s’ouvrent quand même' })).toBeVisible();
  await expect(page.getByText('Gardée sur la tablette : s’ouvre sans connexion.')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Laying the membrane' })).toBeEnabled();
  await checkScreen(page);
  await screenshot(page, 'cmi5-offline-parts');

  // Both AUs, offline: the AU fetches its token, reads LMS.LaunchData and states through the content origin.
  await playAu(page, 'Laying the membrane', async (au) => {
    const done = au.getByRole('button', { name: 'I have read this' });
    await expect(done).toBeEnabled();
    // FIT's "launched" and the AU's "initialized" are already in the outbox while the AU plays on.
    await expect.poll(() => outboxCount(page)).toBe(2);
    await done.tap();
    await expect(au.getByRole('status')).toHaveText('Done');
  }, 'cmi5-offline-laying-done');
  await playAu(page, 'Check your knowledge', async (au) => {
    const submit = au.getByRole('button', { name: 'Submit' });
    await expect(submit).toBeEnabled();
    await au.getByLabel('How many of the five answers were right?').fill('4');
    await submit.tap();
    await expect(au.getByRole('status')).toHaveText('Passed');
  }, 'cmi5-offline-quiz-passed');

  // Each part played once offline: a second play needs the network (a new prepared launch).
  await expect(page.getByText('Il faut une connexion : cette partie a déjà été ouverte hors ligne ; elle s’ouvrira de nouveau avec le réseau.')).toHaveCount(2);
  await checkScreen(page);
  await screenshot(page, 'cmi5-offline-parts-played');
  // launched, initialized, completed, terminated; launched, initialized, passed, terminated: in the outbox only.
  await expect.poll(() => outboxCount(page)).toBe(8);
  expect(await verbCounts(registration)).toEqual({});

  // Back online: the worker's records leave with the worker's own token, each once.
  await context.setOffline(false);
  await expect(page.getByTestId('sync-status')).toHaveText('Tout est enregistré', { timeout: 30_000 });
  expect(await outboxCount(page)).toBe(0);
  await expect
    .poll(async () => ((await (await request.get(`/cmi5/registrations/${registration}`, { headers: { authorization: `Bearer ${trainer}` } })).json()) as { satisfied: boolean }).satisfied)
    .toBe(true);
  // The AU's statements once each; the course's satisfied and the module's completed stated by FIT on the server.
  const synced = await verbCounts(registration);
  expect(synced).toEqual({ launched: 2, initialized: 2, completed: 2, passed: 1, terminated: 2, satisfied: 1 });
  const order = await queryDb<{ verb: string }>(
    `select regexp_replace(verb_id, '^.*/', '') as verb from xapi_statements
      where registration = $1 and statement->'object'->>'id' like 'https://w3id.org/fit/test-courses/%/laying' order by stored, timestamp`,
    [registration],
  );
  expect(order.map((r) => r.verb)).toEqual(['launched', 'initialized', 'completed', 'terminated']);
  // A second sync has nothing to send: still once.
  await page.getByRole('button', { name: 'Quitter le cours' }).tap();
  await page.waitForTimeout(1000);
  expect(await verbCounts(registration)).toEqual(synced);
  await tablet.finish.tap();

  // The trainer's cohort view of the site: the course done for the worker.
  await new LoginPage(page).signInAs('trainer');
  await page.goto(`/sites/${site.id}`);
  await page.getByRole('link', { name: 'Avancement de l’équipe' }).tap();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: WORKER }) });
  await expect(row.locator(`td[data-module="${name}"] .status-chip`)).toHaveText(/Terminé|Réussi|Validé/);
  await checkScreen(page);
  await screenshot(page, 'cmi5-offline-cohort');
});
