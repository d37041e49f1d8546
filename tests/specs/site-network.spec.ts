// FIT opened from a tablet on the site's Wi-Fi: by a LAN host name over plain HTTP (not a secure context, so no
// service worker, but never a blank page), and over HTTPS through Caddy with its internal CA, where the service worker
// installs, a tablet is set up by its one-time code and keeps working offline.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';
import { SITE_HOST, siteBrowser, startCaddy } from '../support/site-network';

const baseURL = () => new URL(process.env.FIT_E2E_BASE_URL!);

async function setupCode(request: APIRequestContext, label: string): Promise<string> {
  const manager = await staffToken(request, 'manager');
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, manager, '{ sites { id name } }');
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  const { createTabletEnrolmentCode } = await gql<{ createTabletEnrolmentCode: { code: string } }>(
    request,
    manager,
    'mutation($s: ID!, $l: String!) { createTabletEnrolmentCode(siteId: $s, label: $l) { code } }',
    { s: site.id, l: label },
  );
  return createTabletEnrolmentCode.code;
}

test('over plain HTTP by a LAN host name the app loads (no forced https, no blank page)', async () => {
  const browser = await siteBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    const origin = `http://${SITE_HOST}:${baseURL().port}`;
    const response = await page.goto(`${origin}/tablet`);
    expect(response?.headers()['strict-transport-security']).toBeUndefined();
    expect(response?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Configurer cette tablette');
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    expect(failed.filter((url) => url.startsWith('https:'))).toEqual([]);
    await checkScreen(page);
    await screenshot(page, 'site-wifi-http');
  } finally {
    await browser.close();
  }
});

test('over HTTPS through Caddy (internal CA): the service worker installs, the tablet is set up by code and works offline', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const caddy = await startCaddy(`127.0.0.1:${baseURL().port}`);
  // Caddy's internal CA is trusted the way a site tablet trusts it after its root is installed: only that certificate
  // (its public key), not "any certificate".
  const browser = await siteBrowser([`--ignore-certificate-errors-spki-list=${caddy.spki}`]);
  try {
    expect(caddy.issuer).toMatch(/Caddy Local Authority/);
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'fr-FR', hasTouch: true });
    const page = await context.newPage();
    const response = await page.goto(`${caddy.origin}/tablet`);
    // Behind the proxy (trusted on loopback), FIT knows it is served over HTTPS and says so.
    expect(response?.headers()['strict-transport-security']).toMatch(/max-age=/);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    const tablet = new TabletPage(page);
    await expect(tablet.heading).toHaveText('Configurer cette tablette');

    // Option (b): the short code typed on the tablet.
    await page.getByRole('textbox', { name: 'Code de configuration' }).fill((await setupCode(request, 'Tablette HTTPS')).toLowerCase());
    await page.getByRole('button', { name: 'Configurer cette tablette' }).tap();
    await expect(tablet.heading).toHaveText('Qui êtes-vous ?');

    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await checkScreen(page);
    await screenshot(page, 'site-wifi-https-picker');

    await tablet.nameTile('Kevin Martin').tap();
    const day = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('myAssignments'));
    await tablet.typePin('1234');
    await expect(tablet.heading).toHaveText('Modules du jour');
    await day;
    await context.setOffline(true);
    await page.reload();
    await expect(tablet.heading).toHaveText('Modules du jour');
    // The day comes from what the tablet saved: no error, no "Retry".
    await expect(page.getByRole('heading', { name: /Impossible d.afficher ceci/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Réessayer' })).toHaveCount(0);
    await expect(page.getByTestId('sync-status')).toHaveText(/^Hors ligne/);
    await checkScreen(page);
    await screenshot(page, 'site-wifi-https-offline');
    await context.close();
  } finally {
    await browser.close();
    await caddy.stop();
  }
});
