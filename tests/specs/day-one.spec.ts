// A real site on day one: a fresh demo with work to do; the manager shows the tablet set-up QR, a second browser (the
// tablet) scans it with its camera, a worker signs in by PIN, finds their modules, goes offline in the middle of one,
// finishes it, sees it done, reloads offline, and when the network returns everything refreshes by itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { ModulePlayer } from '../pages/ModulePlayer';
import { TabletPage } from '../pages/TabletPage';
import { DEMO_SITE } from '../support/demo';
import { expectOneAttemptStored, outboxCount, playToTheEnd, userId, windowModuleAnswers } from '../support/offline-learning';
import { queryDb } from '../support/database';
import { cameraShowing } from '../support/camera';
import { checkScreen, screenshot } from '../support/screens';

const repoRoot = resolve(import.meta.dirname, '../..');

// The e2e server starts without the demo's work in hand (other specs count their own assignments): seed it with the
// operator's command, as the first `npm start` does.
test.beforeAll(() => {
  const dataDir = mkdtempSync(join(tmpdir(), 'fit-e2e-seed-'));
  try {
    execFileSync(process.execPath, ['api/dist/cli/fit.js', 'seed-demo'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: process.env.FIT_E2E_DATABASE_URL, FIT_DATA_DIR: dataDir, FIT_DEMO_WORK: 'true', LOG_LEVEL: 'warn' },
      stdio: 'pipe',
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

test('day one: QR set-up of a tablet, a worker finds their work, finishes a module offline, and back online all refreshes', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);

  // The manager, on the site page, sets up a tablet: a one-time code and its QR, in view, with focus on it.
  await new LoginPage(page).signInAs('manager');
  await page.getByRole('link', { name: new RegExp(`équipe et tablettes — ${DEMO_SITE}`, 'i') }).tap();
  await page.getByLabel('Nom de la tablette').fill('Tablette du bungalow');
  await page.getByRole('button', { name: 'Configurer une tablette' }).tap();
  const setup = page.getByRole('region', { name: 'Code de configuration de « Tablette du bungalow »' });
  const qr = setup.getByRole('img', { name: /QR code pour configurer/ });
  await expect(qr.locator('path')).toHaveCount(1);
  await expect(setup.getByRole('heading')).toBeFocused();
  await expect(setup).toBeInViewport();
  await checkScreen(page);
  await screenshot(page, 'day-one-manager-setup-qr');
  const svg = await qr.evaluate((el) => el.outerHTML);

  // The tablet: a fresh browser at phone width whose camera films the manager's screen.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(cameraShowing, svg);
  const tab = await context.newPage();
  const tablet = new TabletPage(tab);
  await tab.goto('/tablet');
  await expect(tablet.heading).toHaveText('Configurer cette tablette');
  await checkScreen(tab);
  await screenshot(tab, 'day-one-tablet-setup');
  await tab.getByRole('button', { name: 'Scanner le code' }).tap();
  // Scanned, enrolled, and the crew's names: nobody read or typed a device token.
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?', { timeout: 20_000 });
  const stored = await tab.evaluate(() => JSON.parse(localStorage.getItem('fit.device') ?? '{}') as { deviceToken?: string; label?: string });
  expect(stored.label).toBe('Tablette du bungalow');
  expect(stored.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText(stored.deviceToken!)).toHaveCount(0);
  // The code worked once: the manager's list shows the tablet.
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Tablette du bungalow' })).toBeVisible();

  // Offline needs the service worker in control (it takes control after one reload).
  await tab.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await controlled(tab))) await tab.reload();
  await expect.poll(() => controlled(tab)).toBe(true);
  await checkScreen(tab);
  await screenshot(tab, 'day-one-tablet-picker');

  // Julien signs in and finds the demo's work: overdue, due today, next week.
  await tablet.signIn('Julien Moreau');
  const overdue = tab.getByRole('region', { name: /^En retard/ });
  const todo = tab.getByRole('region', { name: /^À faire/ });
  // Earlier specs on the shared database may have given Julien other work: look for the demo's own items.
  await expect(overdue.getByRole('listitem').filter({ hasText: /combles/i })).toHaveCount(1);
  // The windows module is due today: to do, or in progress when an earlier spec opened it for Julien.
  const windowCard = tab.locator('#main').getByRole('listitem').filter({ hasText: 'étanchéité' }).filter({ has: tab.getByRole('link') }).first();
  await expect(windowCard).toBeVisible();
  await checkScreen(tab);
  await screenshot(tab, 'day-one-worker-day');
  const title = (await windowCard.getByRole('heading').textContent())!.trim();
  await windowCard.getByRole('link').tap();

  // Two steps online, then the network goes, and the module is finished offline.
  const player = new ModulePlayer(tab);
  // At 390 px the player's Next button is on the screen, and nothing widens the page.
  await expect(player.next).toBeInViewport({ ratio: 1 });
  expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await player.goNext();
  await player.goNext();
  await context.setOffline(true);
  await checkScreen(tab);
  await screenshot(tab, 'day-one-player-offline');
  await playToTheEnd(tab, windowModuleAnswers);
  await expect(player.score).toBeVisible();
  await checkScreen(tab);
  await screenshot(tab, 'day-one-finished-offline');
  expect(await outboxCount(tab)).toBeGreaterThan(3);

  // Back on the day, still offline: the module is done at once (from the outbox), and one offline notice only.
  await tab.getByRole('button', { name: 'Retour aux modules' }).tap();
  const done = tab.getByRole('region', { name: /^Terminés/ });
  await expect(done.getByRole('heading', { name: title })).toBeVisible();
  await expect(todo.getByRole('heading', { name: title })).toHaveCount(0);
  await expect(done.getByText('Terminé sur cette tablette : envoyé au retour du réseau')).toBeVisible();
  await expect(tab.getByText(/hors ligne|pas de réseau/i)).toHaveCount(1);
  await checkScreen(tab);
  await screenshot(tab, 'day-one-done-offline');

  // A reload with no network: the same, from the saved day and the outbox.
  await tab.reload();
  await expect(done.getByRole('heading', { name: title })).toBeVisible();
  await expect(tab.getByText(/hors ligne|pas de réseau/i)).toHaveCount(1);
  await tab.getByRole('link', { name: 'Mes résultats' }).tap();
  await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Mes résultats');
  await expect(tab.getByRole('row').filter({ hasText: title })).toHaveCount(1);
  await expect(tab.getByText('1 résultat terminé sur cette tablette attend d’être envoyé.')).toBeVisible();
  expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await checkScreen(tab);
  await screenshot(tab, 'day-one-results-offline');

  // The network returns: records leave, and the page refreshes itself (no "Réessayer" anywhere).
  await context.setOffline(false);
  await expect(tab.getByTestId('sync-status')).toHaveText('Tout est enregistré', { timeout: 30_000 });
  await expect(tab.getByText('1 résultat terminé sur cette tablette attend d’être envoyé.')).toHaveCount(0, { timeout: 15_000 });
  // The server's list now holds it (beside any attempt an earlier spec left); stored once: checked below in the ledger.
  await expect(tab.getByRole('row').filter({ hasText: title }).first()).toBeVisible();
  await expect(tab.getByRole('button', { name: 'Réessayer' })).toHaveCount(0);
  await checkScreen(tab);
  await screenshot(tab, 'day-one-results-online');
  await tab.goto('/');
  await expect(done.getByRole('heading', { name: title })).toBeVisible();
  await expect(done.getByText('Terminé sur cette tablette : envoyé au retour du réseau')).toHaveCount(0);
  await checkScreen(tab);
  await screenshot(tab, 'day-one-day-online');

  const [version] = await queryDb<{ id: string }>(
    `select v.id from module_versions v join learning_modules m on m.id = v.module_id where m.slug = 'airtight-window-joints' and v.status = 'published' order by v.version desc limit 1`,
  );
  await expectOneAttemptStored(await userId('Julien Moreau'), version!.id);
  await context.close();
});
