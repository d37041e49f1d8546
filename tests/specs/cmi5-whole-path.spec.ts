// A cmi5 course through the whole path: the trainer imports the sample course, binds it to a ULO and assigns it on
// the site; the worker finds it in their day on the tablet and plays both AUs; each statement is stored once, the
// course's completion shows in the trainer's cohort view and the ULO's evidence in the worker's passport. Offline,
// the tablet says which parts need a connection instead of failing.
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { sampleZip } from '../support/cmi5-course';
import { queryDb } from '../support/database';
import { DEMO_SITE } from '../support/demo';
import { userId } from '../support/offline-learning';
import { checkScreen, screenshot } from '../support/screens';

const WORKER = 'Julien Moreau';
const ULO = 'ULO-AIR-03';
const ULO_TITLE = 'Préparer un logement pour un test d’infiltrométrie et trouver les fuites';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The AU's statements of the worker's registration, counted by verb (the LMS's and the AU's). */
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

test('a cmi5 course assigned on site is played on the tablet, counts once, and shows in the cohort and the passport', async ({ page, context, request }) => {
  test.setTimeout(180_000);
  const trainer = await staffToken(request, 'trainer');
  const name = `Membranes étanches cmi5 ${Date.now()}`;
  const imported = await request.post(`/cmi5/courses?name=${encodeURIComponent(name)}`, {
    headers: { authorization: `Bearer ${trainer}`, 'content-type': 'application/zip' },
    data: sampleZip(),
  });
  expect(imported.status()).toBe(201);
  const { moduleId } = (await imported.json()) as { moduleId: string };

  // Bound to a ULO like any module: a new draft with the outcome, published as version 2.
  const { module } = await gql<{ module: { latestPublished: { content: Record<string, unknown> } } }>(request, trainer, 'query($id: ID!) { module(id: $id) { latestPublished { content } } }', { id: moduleId });
  await gql(request, trainer, 'mutation($i: UpdateModuleDraftInput!) { updateModuleDraft(input: $i) { id } }', { i: { moduleId, content: { ...module.latestPublished.content, outcomes: [ULO] } } });
  const published = await gql<{ publishModule: { latestPublished: { id: string; version: number } } }>(request, trainer, 'mutation($id: ID!) { publishModule(id: $id) { latestPublished { id version } } }', { id: moduleId });
  const version = published.publishModule.latestPublished.id;
  expect(published.publishModule.latestPublished.version).toBe(2);

  const julien = await userId(WORKER);
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, trainer, '{ sites { id name } }');
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  await gql(request, trainer, 'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', { i: { moduleVersionId: version, workerIds: [julien], siteId: site.id, dueOn: inDays(2) } });

  // The worker's day on the site tablet, the course in it.
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.signIn(WORKER);
  const card = page.getByRole('link', { name: `Commencer — ${name}` });
  await expect(card).toHaveAttribute('href', `/play/${version}`);
  await checkScreen(page);
  await screenshot(page, 'cmi5-path-worker-day');
  await card.tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  // Both AUs, online: the first read to the end, the second passed at the mastery score.
  await playAu(page, 'Laying the membrane', async (au) => {
    const done = au.getByRole('button', { name: 'I have read this' });
    await expect(done).toBeEnabled();
    await done.tap();
    await expect(au.getByRole('status')).toHaveText('Done');
  }, 'cmi5-path-laying-done');
  await playAu(page, 'Check your knowledge', async (au) => {
    const submit = au.getByRole('button', { name: 'Submit' });
    await expect(submit).toBeEnabled();
    await au.getByLabel('How many of the five answers were right?').fill('4');
    await submit.tap();
    await expect(au.getByRole('status')).toHaveText('Passed');
  }, 'cmi5-path-quiz-passed');

  const [{ registration }] = await queryDb<{ registration: string }>(
    `select r.id as registration from cmi5_registrations r join cmi5_courses c on c.id = r.course_id where c.module_id = $1 and r.actor->'account'->>'name' = $2`,
    [moduleId, julien],
  );
  // The sweep (every minute) ends the sessions and evaluates moveOn; the trainer's status view does it at once.
  await expect
    .poll(async () => ((await (await request.get(`/cmi5/registrations/${registration}`, { headers: { authorization: `Bearer ${trainer}` } })).json()) as { satisfied: boolean }).satisfied)
    .toBe(true);
  const online = await verbCounts(registration);
  // Each once: two sessions (launched, initialized, terminated), the AU's completed and passed, the course satisfied,
  // and the module's completed that FIT's own modules also record (what counts toward the ULO).
  expect(online).toEqual({ launched: 2, initialized: 2, completed: 2, passed: 1, terminated: 2, satisfied: 1 });

  // No network: the course is still listed, each part says why it needs a connection.
  await page.getByRole('button', { name: 'Quitter le cours' }).tap();
  await context.setOffline(true);
  await card.tap();
  await expect(page.getByRole('status').filter({ hasText: 'Pas de connexion' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Laying the membrane' })).toBeDisabled();
  await expect(page.getByText('Il faut une connexion : cette partie n’est pas gardée sur la tablette.')).toHaveCount(2);
  await checkScreen(page);
  await screenshot(page, 'cmi5-path-offline-parts');
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Quitter le cours' }).tap();
  // Nothing was sent twice by going offline and back.
  await page.waitForTimeout(1000);
  expect(await verbCounts(registration)).toEqual(online);

  // The worker's passport: the ULO, with the course as its evidence.
  await page.goto('/passport');
  const ulo = page.getByRole('region', { name: 'Mes compétences' }).locator('.passport-ulo').filter({ hasText: ULO });
  await expect(ulo).toContainText(name);
  // The schemes asking for validation on site say it is done and waits for a trainer, not still to learn.
  for (const code of ['EXDE-Q1', 'EXDE-Q3']) {
    const next = page.locator(`.passport-card[data-qualification="${code}"] .passport-card__next`);
    await expect(next.filter({ hasText: 'Fait, à valider sur chantier' })).toContainText(ULO_TITLE);
    await expect(next.filter({ hasText: 'Reste à apprendre' })).not.toContainText(ULO_TITLE);
    await expect(next.filter({ hasText: 'Reste à apprendre' }).getByText(name)).toHaveCount(0);
  }
  await checkScreen(page);
  await screenshot(page, 'cmi5-path-passport');
  await tablet.finish.tap();

  // The trainer's cohort view of the site: the course done for the worker.
  await new LoginPage(page).signInAs('trainer');
  await page.goto(`/sites/${site.id}`);
  await page.getByRole('link', { name: 'Avancement de l’équipe' }).tap();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: WORKER }) });
  await expect(row.locator(`td[data-module="${name}"] .status-chip`)).toHaveText(/Terminé|Réussi|Validé/);
  await checkScreen(page);
  await screenshot(page, 'cmi5-path-cohort');
});
