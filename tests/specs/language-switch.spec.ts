// The language switch turns the whole interface to English and back, and the tablet remembers the choice; on the
// tablet one compact button opens the six worker languages, by keyboard or touch, right to left too.
import { expect, test } from '@playwright/test';
import { AppShell, chooseLanguage, languageToggle } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { checkScreen, screenshot } from '../support/screens';

test('switching to English and back changes the interface text and <html lang>', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.open();
  await expect(login.heading).toHaveText('Connexion');
  expect(await shell.htmlLang()).toBe('fr');

  await expect(shell.languageToggle).toContainText('Français');
  await shell.chooseLanguage('English');
  await expect(login.heading).toHaveText('Sign in');
  await expect(shell.languageToggle).toContainText('English');
  await expect(shell.languageToggle).toBeFocused();
  expect(await shell.htmlLang()).toBe('en');

  await page.reload();
  await expect(login.heading).toHaveText('Sign in');

  await login.signInAs('trainer');
  await expect(shell.heading).toHaveText('Training sites');
  await expect(shell.header).toContainText('Trainer');

  await shell.chooseLanguage('Français');
  await expect(shell.heading).toHaveText('Chantiers de formation');
  await expect(shell.header).toContainText('Formateur');
  expect(await shell.htmlLang()).toBe('fr');
});

for (const [width, height] of [
  [1024, 768],
  [768, 1024],
] as const) {
  test(`on a ${width}×${height} tablet the worker's header keeps one row: one language button opens the six, Arabic included`, async ({ page, request }) => {
    await page.setViewportSize({ width, height });
    const tablet = new TabletPage(page);
    await tablet.pairWithDemoTablet();
    await tablet.signIn('Julien Moreau');
    const toggle = languageToggle(page);
    const finish = page.getByRole('banner').getByRole('button', { name: /Terminer/ });
    // Same row: the language button and "Finish" sit side by side, not one under the other.
    const [a, b] = [await toggle.boundingBox(), await finish.boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(8);

    await toggle.tap();
    const list = page.locator('.language-switch__list');
    const names = list.getByRole('button');
    await expect(names).toHaveText(['Français', 'English', 'Português', 'Español', 'Română', 'العربية']);
    await expect(list.getByRole('button', { name: 'العربية' })).toHaveAttribute('lang', 'ar');
    await expect(list.getByRole('button', { name: 'Français' })).toBeFocused();
    await checkScreen(page);
    await screenshot(page, `language-list-${width}x${height}`);
    // Keyboard: down to English, Enter; the list folds and the keyboard is back on the button.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(list).toBeHidden();
    await expect(toggle).toBeFocused();

    await chooseLanguage(page, 'العربية');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await toggle.tap();
    // Mirrored: the list opens under the button and stays inside the screen.
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await checkScreen(page);
    await screenshot(page, `language-list-rtl-${width}x${height}`);
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();

    // In the player, the header is one row and the step's title is not under the sticky bar.
    const { modules } = await gql<{ modules: { latestPublished: { id: string } | null }[] }>(
      request,
      await staffToken(request, 'trainer'),
      '{ modules { latestPublished { id } } }',
    );
    await page.goto(`/play/${modules.find((m) => m.latestPublished)!.latestPublished!.id}`);
    await expect(page.locator('.player__nav')).toBeVisible();
    // The step's title is below the header, in sight, not covered by the bar at the bottom.
    const title = (await page.locator('.player__step-title').first().boundingBox())!;
    const nav = (await page.locator('.player__nav').boundingBox())!;
    expect(title.y + title.height).toBeLessThanOrEqual(nav.y);
    const [c, d] = [await toggle.boundingBox(), await page.getByRole('banner').getByRole('button').last().boundingBox()];
    expect(Math.abs(c!.y - d!.y)).toBeLessThan(8);
    await checkScreen(page);
    await screenshot(page, `player-header-rtl-${width}x${height}`);
  });
}
