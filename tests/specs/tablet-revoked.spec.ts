// A lost tablet: the manager revokes it, and the next time it reaches the server it wipes its site pack (the crew's
// PIN hashes, the modules and the site's files) and asks to be set up again.
import { expect, test, type Page } from '@playwright/test';
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

test('a revoked tablet wipes its site pack and asks to be set up again', async ({ page, request }) => {
  test.setTimeout(120_000);
  const manager = await staffToken(request, 'manager');
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, manager, '{ sites { id name } }');
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  const { enrolTablet } = await gql<{ enrolTablet: { deviceToken: string; tablet: { id: string } } }>(
    request,
    manager,
    'mutation($s: ID!, $l: String!) { enrolTablet(siteId: $s, label: $l) { deviceToken tablet { id } } }',
    { s: site.id, l: 'Tablette perdue' },
  );

  // The tablet is set up with its own token and downloads its site pack.
  const tablet = new TabletPage(page);
  await tablet.pairWith(enrolTablet.deviceToken, DEMO_SITE);
  const pack = page.getByTestId('site-pack');
  await pack.getByRole('button', { name: 'Télécharger pour le hors ligne' }).tap();
  await pack.getByRole('button', { name: 'Lancer le téléchargement' }).tap();
  await expect(pack.getByRole('status')).toContainText('À jour', { timeout: 30_000 });
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
