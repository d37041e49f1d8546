// Badge sign-in end to end: the printed badge's QR, shown to a stubbed camera, signs its worker in on the tablet.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { cameraShowing } from '../support/camera';
import { checkScreen, screenshot } from '../support/screens';

test('the badge sheet shows a QR for each worker, and scanning one on the tablet signs that worker in', async ({
  page,
  browser,
}) => {
  const login = new LoginPage(page);
  await login.signInAs('manager');
  await page.getByRole('link', { name: 'Planche de badges' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Planche de badges');
  const card = page.locator('.badge-card').filter({ hasText: 'Julien Moreau' });
  const qr = card.getByRole('img', { name: 'QR code du badge de Julien Moreau' });
  await expect(qr.locator('path')).toHaveCount(1);
  await checkScreen(page);
  await screenshot(page, 'badge-sheet');
  const svg = await qr.evaluate((el) => el.outerHTML);

  // A separate browser is the tablet. Its camera films the printed badge (a canvas stream drawing the QR).
  const context = await browser.newContext();
  await context.addInitScript(cameraShowing, svg);
  const tabletPage = await context.newPage();
  const tablet = new TabletPage(tabletPage);
  await tablet.pairWithDemoTablet();
  await tablet.scanBadge.tap();
  await expect(tablet.heading).toHaveText('Scanner mon badge');

  const shell = new AppShell(tabletPage);
  await expect(shell.heading).toHaveText('Modules du jour', { timeout: 15_000 });
  await expect(shell.header).toContainText('Julien Moreau');
  await tablet.finish.tap();
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?');
  await context.close();
});
