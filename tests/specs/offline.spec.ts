// After one visit, a signed-in tablet opens FIT with no network: the shell and the home come from the device.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

test('the trainer home still opens offline, with an offline notice', async ({ page, context }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('trainer');
  await expect(page.getByRole('heading', { name: DEMO_SITE })).toBeVisible();

  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The first visit installs the service worker; it controls the page from then on (at the latest after a reload).
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(shell.heading).toHaveText('Chantiers de formation');
  await expect(shell.offlineBanner).toBeVisible();
  await expect(page.getByRole('heading', { name: DEMO_SITE })).toBeVisible();
  await screenshot(page, 'offline-trainer-home');
  await checkScreen(page);

  // A deep link typed while offline is answered by the app shell too.
  await page.goto('/');
  await expect(page).toHaveURL(/\/trainer$/);
  await expect(shell.offlineBanner).toBeVisible();
  await context.setOffline(false);
});
