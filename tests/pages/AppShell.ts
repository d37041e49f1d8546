// Page object of what surrounds every signed-in screen: header, language switch, offline banner, main content.
import type { Locator, Page } from '@playwright/test';

export function languageToggle(page: Page): Locator {
  return page.locator('.language-switch__toggle');
}

/** Opens the language list and taps the language, named in itself ("English", "العربية"). */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  await languageToggle(page).tap();
  await page.locator('.language-switch__list').getByRole('button', { name, exact: true }).tap();
}

export class AppShell {
  readonly header: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly signOut: Locator;
  readonly offlineBanner: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.signOut = page.getByRole('button', { name: /se déconnecter|sign out/i });
    this.offlineBanner = page.getByRole('status').filter({ hasText: /pas de réseau|you are offline/i });
  }

  /** The language switch's one button: it shows the language spoken now and opens the list of the others. */
  get languageToggle(): Locator {
    return languageToggle(this.page);
  }

  async chooseLanguage(name: string): Promise<void> {
    await chooseLanguage(this.page, name);
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
