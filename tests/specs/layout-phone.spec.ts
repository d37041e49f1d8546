// Staff screens on a phone held upright (390 px): the team matrix scrolls inside its own frame, with the worker column
// kept in view, and its filters fit; the page itself never gets wider than the screen.
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { checkScreen, screenshot } from '../support/screens';

test.use({ viewport: { width: 390, height: 844 } });

test('the team matrix scrolls in its own frame at 390 px, worker column sticky, filters within the screen', async ({ page }) => {
  await new LoginPage(page).signInAs('manager');
  await page.goto('/matrix');
  const frame = page.locator('.matrix-scroll');
  await expect(frame).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  const firstName = frame.locator('th[scope="row"]').first();
  const before = await firstName.boundingBox();
  await frame.evaluate((el) => el.scrollBy({ left: 400 }));
  await expect.poll(async () => (await firstName.boundingBox())?.x).toBe(before?.x);
  for (const control of await page.locator('.matrix-tools select, .matrix-tools fieldset, .matrix-tools button').all()) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await checkScreen(page);
  await screenshot(page, 'matrix-phone');
});
