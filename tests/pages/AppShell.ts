// Page object of what surrounds every signed-in screen: header, language switch, offline banner, main content.
import type { Locator, Page } from '@playwright/test';

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

  language(name: 'Français' | 'English'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }
}
