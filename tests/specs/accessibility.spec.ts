// Every screen passes axe (WCAG 2.2 AA) and offers touch targets of at least 48×48 px.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { checkScreen, screenshot } from '../support/screens';

test('the login screen is accessible, also when it shows errors', async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await checkScreen(page);
  await screenshot(page, 'login');
  await login.submit.tap();
  await expect(login.fieldError('Saisissez votre adresse e-mail.')).toBeVisible();
  await checkScreen(page);
  await login.signIn('trainer@fit.demo', 'wrong-password');
  await expect(login.alert).not.toBeEmpty();
  await checkScreen(page);
});

for (const role of ['trainer', 'manager', 'admin'] as const) {
  test(`the ${role} home is accessible in French and in English`, async ({ page }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    await login.signInAs(role);
    await expect(shell.heading).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0); // loaded, no spinner left
    await checkScreen(page);
    await shell.chooseLanguage('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await checkScreen(page);
  });
}

test('the portrait layout keeps every target reachable and large', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const login = new LoginPage(page);
  await login.open();
  await checkScreen(page);
  await screenshot(page, 'login-portrait');
  await login.signInAs('trainer');
  await expect(page.getByRole('status')).toHaveCount(0);
  await checkScreen(page);
  await screenshot(page, 'home-trainer-portrait');
});
