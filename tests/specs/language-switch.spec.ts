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
