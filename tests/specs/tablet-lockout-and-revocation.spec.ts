// A site tablet out of the office's sight: a worker locked out while it was offline is reported to the managers once it
// is back online; and a lost tablet, once revoked, wipes its site pack (the crew's PIN hashes, the modules and the
// site's files) the next time it reaches the server, and asks to be set up again.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

/** What the tablet keeps for offline use: roster rows in IndexedDB and files in Cache Storage. */
async function packOnDevice(page: Page): Promise<{ workers: number; files: number }> {
  return page.evaluate(async () => {
    const workers = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('fit-site-pack');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('workers')) return resolve(0);
        const count = db.transaction('workers').objectStore('workers').count();
        count.onsuccess = () => {
          resolve(count.result);
          db.close();
        };
        count.onerror = () => reject(count.error);
      };
    });
    const files = (await caches.has('fit-site-pack')) ? (await (await caches.open('fit-site-pack')).keys()).length : 0;
    return { workers, files };
  });
}

/** A tablet of the demo site of its own (so revoking it disturbs no other spec), set up on this page with its pack. */
async function tabletWithPack(page: Page, request: APIRequestContext, manager: string, label: string): Promise<{ id: string }> {
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, manager, '{ sites { id name } }');
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  const { enrolTablet } = await gql<{ enrolTablet: { deviceToken: string; tablet: { id: string } } }>(
    request,
    manager,
    'mutation($s: ID!, $l: String!) { enrolTablet(siteId: $s, label: $l) { deviceToken tablet { id } } }',
    { s: site.id, l: label },
  );
  await new TabletPage(page).pairWith(enrolTablet.deviceToken, DEMO_SITE);
  const pack = page.getByTestId('site-pack');
  await pack.getByRole('button', { name: 'Télécharger pour le hors ligne' }).tap();
  await pack.getByRole('button', { name: 'Lancer le téléchargement' }).tap();
  await expect(pack.getByRole('status')).toContainText('À jour', { timeout: 30_000 });
  return enrolTablet.tablet;
}

test('a worker locked out while the tablet is offline is reported to the managers once it is back online', async ({ page, context, request }) => {
  test.setTimeout(120_000);
  const manager = await staffToken(request, 'manager');
  await tabletWithPack(page, request, manager, 'Tablette du sous-sol');
  // The app is served by its service worker from here on, as on a site with no network.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  const tablet = new TabletPage(page);
  await context.setOffline(true);
  await page.goto('/tablet');
  await tablet.nameTile('Fatima Benali').tap();
  for (let attempt = 1; attempt <= 5; attempt += 1) await tablet.typePin('0000');
  await expect(tablet.feedback).toContainText('Trop de codes faux');
  await expect(tablet.feedback).toContainText('Votre responsable sera prévenu.');
  await checkScreen(page);
  await screenshot(page, 'tablet-pin-locked-offline');

  const lockNotices = async () =>
    (await gql<{ myNotifications: { message: string }[] }>(request, manager, '{ myNotifications { message } }')).myNotifications.filter(
      (n) => n.message.includes('Fatima Benali') && n.message.includes('hors ligne'),
    ).length;
  expect(await lockNotices()).toBe(0);
  // Back online, the name picker reports the lock: the managers hear of it once, however often the picker opens.
  await context.setOffline(false);
  await page.goto('/tablet');
  await expect(tablet.nameTile('Fatima Benali')).toBeVisible();
  await expect.poll(lockNotices).toBe(1);
  await page.reload();
  await expect(tablet.nameTile('Fatima Benali')).toBeVisible();
  expect(await lockNotices()).toBe(1);
});

test('a revoked tablet wipes its site pack and asks to be set up again', async ({ page, request }) => {
  test.setTimeout(120_000);
  const manager = await staffToken(request, 'manager');
  const enrolTablet = { tablet: await tabletWithPack(page, request, manager, 'Tablette perdue') };
  const before = await packOnDevice(page);
  expect(before.workers).toBeGreaterThan(0);
  expect(before.files).toBeGreaterThan(0);

  // The manager revokes it; at its next look at the server, nothing of the site is left on it.
  await gql(request, manager, 'mutation($id: ID!) { revokeTablet(id: $id) { revokedAt } }', { id: enrolTablet.tablet.id });
  await page.reload();
  await expect(page.getByRole('button', { name: 'Ne plus utiliser cette tablette pour le chantier' })).toBeVisible();
  await expect(page.locator('.crew-tile')).toHaveCount(0);
  await expect.poll(() => packOnDevice(page)).toEqual({ workers: 0, files: 0 });
  await checkScreen(page);
  await screenshot(page, 'tablet-revoked');
});
