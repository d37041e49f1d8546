// Page object of the worker's player: progress, Back/Next, quiz answers, checklist and the completion screen.
import { expect, type Locator, type Page } from '@playwright/test';

export class ModulePlayer {
  readonly progress: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly check: Locator;
  readonly feedback: Locator;
  readonly score: Locator;

  constructor(readonly page: Page) {
    this.progress = page.getByRole('progressbar');
    // Scoped to the player: a tablet worker's header has its own "Terminer et se déconnecter" button.
    this.next = page.locator('.player__nav').getByRole('button', { name: /^(Suivant|Terminer)/ });
    this.back = page.getByRole('button', { name: /Retour$/ });
    this.check = page.getByRole('button', { name: 'Vérifier ma réponse' });
    this.feedback = page.locator('.player-feedback');
    this.score = page.getByTestId('player-score');
  }

  async expectStep(current: number, total: number): Promise<void> {
    await expect(this.page.getByText(`Étape ${current} sur ${total}`)).toBeVisible();
  }

  async goNext(): Promise<void> {
    await expect(this.next).toBeEnabled();
    await this.next.tap();
  }

  async choose(...labels: string[]): Promise<void> {
    for (const label of labels) await this.page.getByLabel(label, { exact: true }).check();
  }

  async moveUp(position: number): Promise<void> {
    await this.page.getByRole('button', { name: `Monter l’élément ${position}` }).tap();
  }

  async orderedLabels(): Promise<string[]> {
    return this.page.locator('.player-order__label').allTextContents();
  }
}
