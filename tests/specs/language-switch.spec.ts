// The language switch turns the whole interface to English and back, and the tablet remembers the choice.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';

test('switching to English and back changes the interface text and <html lang>', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.open();
  await expect(login.heading).toHaveText('Connexion');
  expect(await shell.htmlLang()).toBe('fr');

  await shell.language('English').tap();
  await expect(login.heading).toHaveText('Sign in');
  await expect(shell.language('English')).toHaveAttribute('aria-pressed', 'true');
  expect(await shell.htmlLang()).toBe('en');

  await page.reload();
  await expect(login.heading).toHaveText('Sign in');

  await login.signInAs('trainer');
  await expect(shell.heading).toHaveText('Training sites');
  await expect(shell.header).toContainText('Trainer');

  await shell.language('Français').tap();
  await expect(shell.heading).toHaveText('Chantiers de formation');
  await expect(shell.header).toContainText('Formateur');
  expect(await shell.htmlLang()).toBe('fr');
});
