// A demo module played to the end on a 1024×768 touch tablet: every step kind, quiz feedback, photo, score, resume.
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { ModulePlayer } from '../pages/ModulePlayer';
import { stripedPng } from '../support/media-files';
import { checkScreen, screenshot } from '../support/screens';

const WINDOWS = 'Étanchéité à l’air autour des fenêtres';

async function openWindowsModule(page: Page): Promise<ModulePlayer> {
  await new LoginPage(page).signInAs('trainer');
  await page.goto('/modules');
  await page.getByLabel('Rechercher').fill('fenêtres');
  const card = page.locator('.catalogue-card').filter({ hasText: WINDOWS });
  await card.getByRole('link', { name: 'Lancer' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WINDOWS);
  return new ModulePlayer(page);
}

test('a demo module is played to the end on a touch tablet and the score counts the wrong answer', async ({ page }) => {
  test.setTimeout(90_000);
  const player = await openWindowsModule(page);

  await player.expectStep(1, 9);
  // Read-aloud in French: the button where the device has a French voice, else a notice saying it has none.
  await expect(page.locator('.player [data-lang="fr"]')).toHaveText(/Lire à voix haute|n’a pas de voix pour cette langue \(Français\)/);
  await expect(page.locator('.pictogram').first()).toContainText('Fuite d’air');
  await checkScreen(page);
  await screenshot(page, 'player-text');
  await player.goNext();

  await player.expectStep(2, 9);
  await expect(page.getByRole('img', { name: /Coupe d’un joint de fenêtre/ })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'player-image');
  await player.goNext();
  await player.goNext();
  await player.goNext();

  // Single choice, answered wrong on purpose: the feedback says so and the final score must count it.
  await player.expectStep(5, 9);
  await expect(player.next).toBeDisabled();
  await player.choose('Côté extérieur (froid)');
  await player.check.tap();
  await expect(player.feedback).toContainText('Pas tout à fait');
  await expect(player.feedback).toContainText('C’est côté intérieur');
  await checkScreen(page);
  await screenshot(page, 'player-quiz');
  await player.goNext();

  // Ordering, put right with the big move buttons: clean, frame, wall, roller.
  await player.expectStep(6, 9);
  await player.moveUp(2);
  await player.moveUp(4);
  await player.moveUp(3);
  await player.moveUp(4);
  expect(await player.orderedLabels()).toEqual([
    'Nettoyer et sécher le support',
    'Coller la bande sur le dormant',
    'Coller la bande sur le mur',
    'Maroufler au rouleau',
  ]);
  await checkScreen(page);
  await screenshot(page, 'player-quiz-ordering');
  await player.check.tap();
  await expect(player.feedback).toContainText('Bien joué');
  await player.goNext();

  await player.expectStep(7, 9);
  await player.choose('Un pli dans la bande', 'Un recouvrement de 2 cm', 'De la mousse seule, sans bande');
  await player.check.tap();
  await expect(player.feedback).toContainText('Exact');
  await player.goNext();

  // Practical task: every item ticked and the required photo taken before Next opens.
  await player.expectStep(8, 9);
  for (const item of await page.locator('.player-task__checklist input[type="checkbox"]').all()) await item.check();
  await expect(page.getByText('Prenez la photo pour continuer.')).toBeVisible();
  await page.locator('.player-task input[type="file"]').setInputFiles({
    name: 'angle.png',
    mimeType: 'image/png',
    buffer: stripedPng(240, 180, [[120, 120, 120], [255, 140, 0]]),
  });
  await expect(page.getByRole('img', { name: 'Votre photo' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'player-practical');
  await player.goNext();

  await player.expectStep(9, 9);
  // The site's model in 3D, or (no WebGL in this browser) the step's elements in words; IfcWindow either way.
  await expect(page.locator('.player-bim')).toContainText('IfcWindow');
  await checkScreen(page);
  await screenshot(page, 'player-bim');
  await player.goNext();

  await expect(player.score).toHaveText('Score : 67 %');
  await expect(page.getByText('2 questions justes sur 3')).toBeVisible();
  await expect(page.getByText('Réussi')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'player-complete');
});

test('the player resumes where the worker left off after the page is reopened', async ({ page }) => {
  const player = await openWindowsModule(page);
  await player.goNext();
  await player.goNext();
  await player.expectStep(3, 9);
  await page.reload();
  await player.expectStep(3, 9);
  await player.back.tap();
  await player.expectStep(2, 9);
});

test('the player works in portrait with large targets and no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const player = await openWindowsModule(page);
  await player.goNext();
  await player.goNext();
  await player.goNext();
  await player.goNext();
  await player.expectStep(5, 9);
  await checkScreen(page);
  await screenshot(page, 'player-quiz-portrait');
});
