// Page object of the sign-in screen.
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type StaffRole } from '../support/demo';

export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.email = page.getByLabel(/adresse e-mail|email address/i);
    this.password = page.getByLabel(/mot de passe|password/i);
    this.submit = page.locator('form').getByRole('button', { name: /se connecter|sign in/i });
    this.alert = page.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.email).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.tap();
  }

  async signInAs(role: StaffRole): Promise<void> {
    await this.open();
    await this.signIn(DEMO_ACCOUNTS[role].email, DEMO_PASSWORD);
    await expect(this.page).toHaveURL(new RegExp(`/${role}$`));
  }

  fieldError(text: string | RegExp): Locator {
    return this.page.locator('.text-field__error').filter({ hasText: text });
  }
}
