// Page object of the module editor: metadata, steps by number, media uploads, preview, save and publish.
import { expect, type Locator, type Page } from '@playwright/test';

export class ModuleEditor {
  readonly heading: Locator;
  readonly banner: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.banner = page.getByTestId('version-banner');
    this.notice = page.locator('.editor-notice');
  }

  field(label: RegExp | string, within: Locator | Page = this.page): Locator {
    return within.getByLabel(label).first();
  }

  step(n: number): Locator {
    return this.page.getByTestId(`step-${n}`);
  }

  async addStep(kind: RegExp): Promise<Locator> {
    const before = await this.page.locator('.editor-step').count();
    await this.page.getByRole('group', { name: /ajouter une étape/i }).getByRole('button', { name: kind }).tap();
    const step = this.step(before + 1);
    await expect(step).toBeVisible();
    return step;
  }

  async upload(step: Locator, name: string, mimeType: string, buffer: Buffer, index = 0): Promise<void> {
    await step.locator('input[type="file"]').nth(index).setInputFiles({ name, mimeType, buffer });
    await expect(step.getByText('✔ Fichier joint').nth(index)).toBeVisible();
  }

  /** HTML drag-and-drop events with a real DataTransfer (a mouse drag across a scrolling page is flaky in headless Chromium). */
  async dragStep(from: number, to: number): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(() => new DataTransfer());
    await this.step(from).locator('.editor-step__handle').dispatchEvent('dragstart', { dataTransfer });
    await this.step(to).dispatchEvent('dragover', { dataTransfer });
    await this.step(to).dispatchEvent('drop', { dataTransfer });
    await this.step(from).locator('.editor-step__handle').dispatchEvent('dragend', { dataTransfer }).catch(() => undefined);
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Enregistrer le brouillon' }).tap();
  }

  /** Publishes after the confirmation; `answer` is the button tapped in it (another when it warns of missing translations). */
  async publish(answer: string | RegExp = 'Oui, publier'): Promise<void> {
    await this.openPublishConfirmation();
    await this.confirmation.getByRole('button', { name: answer }).tap();
  }

  get confirmation(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Publier' });
  }

  async openPublishConfirmation(): Promise<void> {
    await this.page.getByRole('button', { name: 'Publier', exact: true }).tap();
    // The confirmation opens where the trainer is looking, with focus in it.
    await expect(this.confirmation).toBeFocused();
    await expect(this.confirmation).toBeInViewport();
  }
}
