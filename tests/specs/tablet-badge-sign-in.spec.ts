// Badge sign-in end to end: the printed badge's QR, shown to a stubbed camera, signs its worker in on the tablet.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
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

  // A separate browser is the tablet. Its camera films the printed badge: a canvas stream drawing the QR.
  // BarcodeDetector is removed so the test goes through the jsQR fallback, the path Linux Chromium takes anyway.
  const context = await browser.newContext();
  await context.addInitScript((badgeSvg: string) => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(badgeSvg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"'))}`;
    const draw = () => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      if (image.complete && image.naturalWidth > 0) ctx.drawImage(image, 170, 90, 300, 300);
    };
    setInterval(draw, 100);
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: {
        getUserMedia: async () => {
          draw();
          return canvas.captureStream(10);
        },
      },
    });
  }, svg);
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
