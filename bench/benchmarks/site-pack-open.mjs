// Opening the site pack offline (SPEC §5: under a second on a mid-range tablet): the demo tablet downloads its pack
// (every published module assigned to the site's crew), the network goes, and the name picker is opened again and
// again from the service worker and IndexedDB. Measured from navigation to the crew's name tiles on screen, at full
// speed and with the CPU slowed 4× (Chromium's throttling, a common stand-in for a mid-range tablet).
import { chromium } from 'playwright-core';
import { login } from '../support/server.mjs';
import { median } from '../support/stats.mjs';

const DEMO_TABLET_TOKEN = 'fit-demo-tablet-les-tilleuls-0123456789abcdef';
const RUNS = 7;

export async function run({ server }) {
  await assignEverything(server.url);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1024, height: 768 }, hasTouch: true, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/login');
    await page.evaluate((token) => localStorage.setItem('fit.device', JSON.stringify({ deviceToken: token, label: 'Bench' })), DEMO_TABLET_TOKEN);
    await page.goto('/tablet');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    const pack = page.getByTestId('site-pack');
    await pack.getByRole('button', { name: 'Télécharger pour le hors ligne' }).click();
    await pack.getByRole('button', { name: 'Lancer le téléchargement' }).click();
    await pack.getByRole('status').filter({ hasText: 'À jour' }).waitFor({ timeout: 60_000 });
    const manifest = await (await fetch(`${server.url}/site-pack`, { headers: { 'x-device-token': DEMO_TABLET_TOKEN } })).json();
    const packKb = Math.round(manifest.totalBytes / 1024);

    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    const open = async () => {
      const t0 = performance.now();
      // Not waiting for the load event: the figure is navigation to names on screen, as a worker sees it.
      await page.goto('/tablet', { waitUntil: 'commit' });
      await page.locator('.crew-tile').first().waitFor();
      return performance.now() - t0;
    };
    await open(); // warm: the first offline open compiles the precached scripts once
    const full = [];
    for (let i = 0; i < RUNS; i++) full.push(await open());
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const slow = [];
    for (let i = 0; i < RUNS; i++) slow.push(await open());
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return {
      site_pack_kb: packKb,
      site_pack_open_offline_ms: Math.round(median(full)),
      site_pack_open_offline_cpu4x_ms: Math.round(median(slow)),
    };
  } finally {
    await browser.close();
  }
}

async function assignEverything(url) {
  const token = await login(url, 'trainer@fit.demo');
  const gql = async (query, variables) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { modules, sites } = await gql('{ modules { latestPublished { id } } sites { id name } }');
  const site = sites.find((s) => s.name.startsWith('Résidence Les Tilleuls'));
  const dueOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  for (const version of modules.map((m) => m.latestPublished).filter(Boolean)) {
    await gql('mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', { i: { moduleVersionId: version.id, siteId: site.id, dueOn } });
  }
}

