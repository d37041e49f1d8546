// "Download for offline": the tablet fetches its site pack, then with no network at all two workers sign in by PIN
// from the pack, each finishes a module with a photo, and back online every record reaches the server once.
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { DEMO_SITE, DEMO_WORKER_PIN } from '../support/demo';
import { expectOneAttemptStored, outboxCount, playToTheEnd, publishedVersions, userId } from '../support/offline-learning';
import { checkScreen, screenshot } from '../support/screens';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('a tablet downloads its site pack; workers sign in and learn with no network; every record arrives once', async ({ page, context, request }) => {
  test.setTimeout(180_000);
  const tablet = new TabletPage(page);
  const status = page.getByTestId('sync-status');
  const pack = page.getByTestId('site-pack');
  const [first, second] = await publishedVersions();
  // Workers no other spec uses: each record of theirs is this test's.
  const mehdi = await userId('Mehdi Haddad');
  const joao = await userId('João Ferreira');

  // The trainer assigns one module to each of the two workers, on the demo site.
  const trainer = await staffToken(request, 'trainer');
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, trainer, '{ sites { id name } }');
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  for (const [version, worker] of [[first, mehdi], [second, joao]] as const) {
    await gql(request, trainer, 'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', {
      i: { moduleVersionId: version, workerIds: [worker], siteId: site.id, dueOn: inDays(3) },
    });
  }

  await tablet.pairWithDemoTablet();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(pack).toContainText('Pas encore téléchargé');
  await checkScreen(page);
  await screenshot(page, 'site-pack-none');

  // The size first; then the download, slowed down so its progress shows.
  await pack.getByRole('button', { name: 'Télécharger pour le hors ligne' }).tap();
  await expect(pack).toContainText(/[\d,]+\s(ko|Mo) à télécharger \(\d+ modules?, \d+ ouvriers\)\./);
  await checkScreen(page);
  await screenshot(page, 'site-pack-estimate');
  await page.route('**/site-pack/versions/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await pack.getByRole('button', { name: 'Lancer le téléchargement' }).tap();
  const bar = pack.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect(pack).toContainText(/Téléchargement : [\d,]+\s(ko|Mo) sur [\d,]+\s(ko|Mo)/);
  await checkScreen(page);
  await screenshot(page, 'site-pack-downloading');
  await expect(pack.getByRole('status')).toContainText('À jour', { timeout: 30_000 });
  await page.unroute('**/site-pack/versions/*');
  const cached = await page.evaluate(async () => (await (await caches.open('fit-site-pack')).keys()).map((r) => new URL(r.url).pathname));
  expect(cached.length).toBeGreaterThan(0);
  // The demo modules have BIM steps: the 3D viewer's engine came with the pack, not with the app's install.
  const engine = await page.evaluate(async () => (await (await caches.open('fit-viewer-engine')).keys()).map((r) => new URL(r.url).pathname));
  expect(engine.some((p) => /^\/assets\/web-ifc-[\w-]+\.wasm$/.test(p))).toBe(true);
  expect(engine.some((p) => /^\/assets\/ModelViewerCanvas-[\w-]+\.js$/.test(p))).toBe(true);
  const precached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((k) => k.startsWith('workbox-precache'));
    return (await Promise.all(names.map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat();
  });
  expect(precached.length).toBeGreaterThan(0);
  expect(precached.filter((u) => /ifcScene|web-ifc|ModelViewerCanvas/.test(u))).toEqual([]);

  // A second download fetches nothing but the manifest: "up to date".
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.reload();
  await expect(pack).toContainText(/Mis à jour le/);
  await pack.getByRole('button', { name: 'Chercher une mise à jour' }).tap();
  await expect(pack.getByRole('status')).toContainText('À jour');
  expect(fetched.filter((p) => p.startsWith('/site-pack/') || p.startsWith('/media/'))).toEqual([]);
  await checkScreen(page);
  await screenshot(page, 'site-pack-up-to-date');

  // No network from here on, before anyone signs in. The picker opens from the pack.
  await context.setOffline(true);
  const opened = Date.now();
  await page.goto('/tablet');
  await expect(tablet.nameTile('Mehdi Haddad')).toBeVisible();
  const openMs = Date.now() - opened;
  test.info().annotations.push({ type: 'site pack opened offline (ms)', description: String(openMs) });
  console.log(`site pack opened offline: crew picker shown in ${openMs} ms`);
  await checkScreen(page);
  await screenshot(page, 'site-pack-offline-picker');

  // A wrong PIN counts against the local lock, as online.
  await tablet.nameTile('Mehdi Haddad').tap();
  await tablet.typePin('0000');
  await expect(tablet.feedback).toHaveText('Code faux. Encore 4 essais avant le blocage.');
  await checkScreen(page);
  await screenshot(page, 'site-pack-offline-wrong-pin');
  await tablet.typePin(DEMO_WORKER_PIN);
  // Mehdi's tablet speaks Arabic (his crew record's language), offline too; the spec reads French.
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await tablet.speakFrench();
  await checkScreen(page);
  await screenshot(page, 'site-pack-offline-worker-day');
  await page.locator(`a[href="/play/${first}"]`).tap();
  await playToTheEnd(page);
  await expect(status).toHaveText(/^Hors ligne — \d+ enregistrements gardés sur cette tablette$/);
  await checkScreen(page);
  await screenshot(page, 'site-pack-offline-finished');
  await tablet.finish.tap();
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?');
  const mehdiQueued = await outboxCount(page);
  expect(mehdiQueued).toBeGreaterThan(4);

  // João, still offline, learns his module; Mehdi's records wait on the tablet, for him.
  await tablet.nameTile('João Ferreira').tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  await tablet.speakFrench();
  await expect(page.getByText(`${mehdiQueued} enregistrements en attente pour Mehdi Haddad`)).toBeVisible();
  await page.locator(`a[href="/play/${second}"]`).tap();
  await playToTheEnd(page);
  await expect(status).toHaveText(/^Hors ligne — \d+ enregistrements/);

  // Back online while he is still signed in: his PIN is checked by the server, his records leave with her own token.
  await context.setOffline(false);
  await expect(status).toHaveText('Tout est enregistré', { timeout: 20_000 });
  await checkScreen(page);
  await screenshot(page, 'site-pack-back-online');
  expect(await outboxCount(page)).toBe(mehdiQueued);
  await tablet.finish.tap();

  // Mehdi's records leave at his next sign-in (online, so the server checks him).
  await tablet.signIn('Mehdi Haddad');
  await expect(status).toHaveText('Tout est enregistré', { timeout: 20_000 });
  expect(await outboxCount(page)).toBe(0);
  await tablet.finish.tap();

  expect(await expectOneAttemptStored(mehdi, first!)).toBe(mehdiQueued);
  await expectOneAttemptStored(joao, second!);

  // The trainer sees both completions in the site's cohort grid.
  await new LoginPage(page).signInAs('trainer');
  await page.goto(`/sites/${site.id}/cohort`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avancement de l’équipe');
  for (const name of ['Mehdi Haddad', 'João Ferreira']) {
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row.locator('.status-chip').filter({ hasText: /Réussi|Échoué|Terminé|En attente de validation|Validé|À refaire/ }).first()).toBeVisible();
  }
  await checkScreen(page);
  await screenshot(page, 'site-pack-trainer-cohort');
});
