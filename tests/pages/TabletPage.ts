// Page object of the site tablet: the name picker, the PIN pad and the badge scanner.
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseLanguage } from './AppShell';
import { DEMO_SITE, DEMO_TABLET_TOKEN, DEMO_WORKER_PIN } from '../support/demo';

/** "Today's modules" in each of the tablet's six languages. */
export const WORKER_DAY_HEADING = /^(Modules du jour|Today's modules|Módulos de hoje|Módulos de hoy|Modulele de azi|وحدات اليوم)$/;

export class TabletPage {
  readonly heading: Locator;
  readonly scanBadge: Locator;
  readonly feedback: Locator;
  readonly finish: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.scanBadge = page.getByRole('link', { name: /scanner mon badge|scan my badge/i });
    this.feedback = page.locator('.tablet__feedback');
    this.finish = page.getByRole('button', { name: /terminer et se déconnecter|finish and sign out/i });
  }

  /** Pairs this browser with the demo site tablet, as "use this tablet for the site" would. */
  async pairWithDemoTablet(): Promise<void> {
    await this.pairWith(DEMO_TABLET_TOKEN, DEMO_SITE);
  }

  /** Pairs this browser with an enrolled tablet, by its device token. */
  async pairWith(deviceToken: string, siteName: string): Promise<void> {
    await this.page.goto('/login');
    await this.page.evaluate(
      ([token, site]) => localStorage.setItem('fit.device', JSON.stringify({ deviceToken: token, siteName: site, label: 'Demo' })),
      [deviceToken, siteName],
    );
    await this.page.goto('/tablet');
    await expect(this.heading).toHaveText(/qui êtes-vous|who are you/i);
  }

  nameTile(name: string): Locator {
    return this.page.getByRole('link', { name, exact: false }).filter({ hasText: name });
  }

  key(digit: string): Locator {
    return this.page.locator('.pin-pad__key').filter({ hasText: new RegExp(`^${digit}$`) });
  }

  /** Six digits go by themselves; an older four-digit PIN (the demo's) is sent with OK. */
  async typePin(pin: string): Promise<void> {
    for (const digit of pin) await this.key(digit).tap();
    if (pin.length === 4) await this.key('OK').tap();
  }

  /**
   * From the name picker of a paired tablet: the worker's name, their PIN, and their day's modules on screen, in French
   * (a worker whose own language is another one switches to French, as anyone can on the tablet).
   */
  async signIn(name: string, pin: string = DEMO_WORKER_PIN): Promise<void> {
    await this.page.goto('/tablet');
    await this.nameTile(name).tap();
    await this.typePin(pin);
    await this.speakFrench();
  }

  /** The worker's day opens in their own language; the specs read French, so they tap "Français" when it is not. */
  async speakFrench(): Promise<void> {
    await expect(this.heading).toHaveText(WORKER_DAY_HEADING);
    if ((await this.page.locator('html').getAttribute('lang')) !== 'fr') await chooseLanguage(this.page, 'Français');
    await expect(this.heading).toHaveText('Modules du jour');
  }
}
