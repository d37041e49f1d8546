// Assigning and signing off on site: a trainer assigns a module to a team, a worker plays it on the tablet and sends
// the practical task with a photo, the trainer validates it, and the cohort shows it; assignments are cancelled and
// reassigned from the cohort, each after a confirmation.
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { ModulePlayer } from '../pages/ModulePlayer';
import { queryDb } from '../support/database';
import { DEMO_SITE } from '../support/demo';
import { stripedPng } from '../support/media-files';
import { checkScreen, screenshot } from '../support/screens';

const WINDOWS = 'Étanchéité à l’air autour des fenêtres';

function inDays(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

async function signInOnTablet(page: Page, name: string): Promise<TabletPage> {
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.signIn(name);
  return tablet;
}

test('a trainer assigns a module to a team and a worker of that team finds it in "To do" on the tablet', async ({ page }) => {
  await new LoginPage(page).signInAs('trainer');
  await page.goto('/modules');
  await page.getByLabel('Rechercher').fill('fenêtres');
  await page.getByRole('link', { name: `Attribuer — ${WINDOWS}` }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attribuer un module');

  // Sent empty, the form says what is missing, next to each field.
  await page.getByRole('button', { name: 'Attribuer', exact: true }).tap();
  await expect(page.getByText('Choisissez qui fait ce module.')).toBeVisible();
  await expect(page.getByText('Choisissez une date.')).toBeVisible();

  await page.getByLabel('Équipe', { exact: true }).selectOption({ label: 'Équipe isolation (4)' });
  await page.getByLabel('À faire pour le').fill(inDays(7));
  await page.getByLabel('Motif (facultatif)').fill('Pose des fenêtres, bâtiment B');
  await page.getByRole('button', { name: 'Attribuer', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Attribué à 4 ouvriers' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'assign-dialog');

  await signInOnTablet(page, 'Julien Moreau');
  const todo = page.getByRole('region', { name: /^À faire/ });
  await expect(todo.getByRole('heading', { name: WINDOWS })).toBeVisible();
  await expect(todo).toContainText('Pose des fenêtres, bâtiment B');
  const start = todo.getByRole('link', { name: `Commencer — ${WINDOWS}` });
  await expect(start).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'worker-day');
  await start.tap();
  await expect(page).toHaveURL(/\/play\//);
});

/** Plays the windows module to its end on the tablet with the right answers, and takes the task's photo in the player. */
async function playWindowsRight(page: Page): Promise<void> {
  const player = new ModulePlayer(page);
  for (let step = 1; step <= 4; step++) await player.goNext();
  await player.choose('Côté intérieur (chaud)');
  await player.check.tap();
  await player.goNext();
  for (const position of [2, 4, 3, 4]) await player.moveUp(position);
  await player.check.tap();
  await player.goNext();
  await player.choose('Un pli dans la bande', 'Un recouvrement de 2 cm', 'De la mousse seule, sans bande');
  await player.check.tap();
  await player.goNext();
  await player.expectStep(8, 9);
  for (const item of await page.locator('.player-task__checklist input[type="checkbox"]').all()) await item.check();
  await page.locator('.player-task input[type="file"]').setInputFiles({ name: 'angle.png', mimeType: 'image/png', buffer: stripedPng(640, 480, [[200, 120, 40], [90, 90, 90]]) });
  await expect(page.getByRole('img', { name: 'Votre photo' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'assignment-player-photo');
  await player.goNext();
  await player.goNext();
  await expect(player.score).toHaveText('Score : 100 %');
}

test('a team assignment is played on the tablet with a photo, validated by the trainer, and shows as validated everywhere', async ({ page }) => {
  test.setTimeout(180_000);
  await new LoginPage(page).signInAs('trainer');
  await page.goto('/modules');
  await page.getByLabel('Rechercher').fill('fenêtres');
  await page.getByRole('link', { name: `Attribuer — ${WINDOWS}` }).tap();
  await page.getByLabel('Équipe', { exact: true }).selectOption({ label: 'Équipe second œuvre (5)' });
  await page.getByLabel('À faire pour le').fill(inDays(5));
  await page.getByRole('button', { name: 'Attribuer', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Attribué à 5 ouvriers' })).toBeVisible();

  // Amadou, of that team, finds it on the shared tablet and does it there, photo included.
  const tablet = await signInOnTablet(page, 'Amadou Diallo');
  const todo = page.getByRole('region', { name: /^À faire/ });
  await expect(todo.getByRole('heading', { name: WINDOWS })).toBeVisible();
  await expect(todo).toContainText('Version 1');
  await todo.getByRole('link', { name: `Commencer — ${WINDOWS}` }).tap();
  await playWindowsRight(page);
  await expect(page.getByTestId('sync-status')).toHaveText('Tout est enregistré', { timeout: 30_000 });
  const [photo] = await queryDb<{ purpose: string; content_type: string }>(
    `select m.purpose, m.content_type from media_assets m join users u on u.id = m.created_by where u.display_name = 'Amadou Diallo'`,
  );
  expect(photo).toEqual({ purpose: 'evidence', content_type: 'image/png' });

  // Back on the day: done, and waiting for the trainer's sign-off.
  await page.goto('/');
  const done = page.getByRole('region', { name: /^Terminés/ });
  await expect(done.locator('.day-card').filter({ hasText: WINDOWS }).locator('.status-chip')).toHaveText('En attente de validation');
  await checkScreen(page);
  await screenshot(page, 'worker-day-awaiting-sign-off');
  await tablet.finish.tap();

  await new LoginPage(page).signInAs('trainer');
  await page.getByRole('link', { name: /Travaux pratiques à valider\s*1 en attente/ }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Travaux pratiques à valider');
  const card = page.locator('.pending-card').filter({ hasText: 'Amadou Diallo' });
  await expect(card).toContainText(`${WINDOWS} (version 1)`);
  // The photo is private: it reaches the trainer's page through the session, and really shows.
  const img = card.getByRole('img', { name: 'Photo 1 de Amadou Diallo' });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(640);
  await checkScreen(page);
  await screenshot(page, 'validation-list');

  // "To redo" needs a comment so the worker knows what to do again.
  await card.getByRole('button', { name: /À refaire/ }).tap();
  await expect(card.getByText('Dites ce qu’il faut refaire, pour que l’ouvrier le sache.')).toBeVisible();
  await card.getByLabel('Commentaire').fill('Bande bien marouflée, rien à reprendre.');
  await card.getByRole('button', { name: /Validé/ }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Validé : Amadou Diallo' })).toBeVisible();
  await expect(page.getByText('Rien en attente de validation')).toBeVisible();

  const site = (await queryDb<{ id: string }>('select id from sites where name = $1', [DEMO_SITE]))[0]!;
  await page.goto(`/sites/${site.id}`);
  await page.getByRole('link', { name: 'Avancement de l’équipe' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avancement de l’équipe');
  const rowOf = (name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(rowOf('Amadou Diallo').locator(`td[data-module="${WINDOWS}"] .status-chip`)).toHaveText('Validé');
  await checkScreen(page);
  await screenshot(page, 'cohort-grid');

  // The drill-down: Amadou's attempt on version 1, and his assignment with its actions.
  await rowOf('Amadou Diallo').getByRole('button', { name: 'Amadou Diallo' }).tap();
  const panel = page.getByRole('dialog', { name: 'Amadou Diallo' });
  await expect(panel.locator('tr[data-version="1"]')).toHaveCount(1);
  await expect(panel.locator('.worker-panel__item').filter({ hasText: WINDOWS }).locator('.status-chip')).toHaveText('Validé');
  await checkScreen(page);
  await screenshot(page, 'cohort-worker-panel');
  await panel.getByRole('button', { name: 'Fermer' }).tap();

  // Cancel Kevin's, after confirming; it leaves the grid.
  await rowOf('Kevin Martin').getByRole('button', { name: 'Kevin Martin' }).tap();
  const kevin = page.getByRole('dialog', { name: 'Kevin Martin' });
  await kevin.getByRole('button', { name: `Annuler ${WINDOWS} pour Kevin Martin` }).tap();
  await expect(kevin.getByRole('alertdialog')).toContainText(`Annuler « ${WINDOWS} » pour Kevin Martin ? L’attribution reste dans l’historique.`);
  await checkScreen(page);
  await screenshot(page, 'cohort-cancel-confirm');
  await kevin.getByRole('button', { name: 'Oui, annuler' }).tap();
  await expect(kevin.getByRole('status')).toHaveText(`« ${WINDOWS} » annulé pour Kevin Martin.`);
  await kevin.getByRole('button', { name: 'Fermer' }).tap();
  await expect(rowOf('Kevin Martin')).toHaveCount(0);

  // Reassign João's to Mehdi, after confirming; João leaves the grid.
  await rowOf('João Ferreira').getByRole('button', { name: 'João Ferreira' }).tap();
  const joao = page.getByRole('dialog', { name: 'João Ferreira' });
  await joao.getByRole('button', { name: `Réattribuer ${WINDOWS} à un autre ouvrier` }).tap();
  await joao.getByLabel('Confier à').selectOption({ label: 'Mehdi Haddad' });
  await expect(joao.getByRole('alert')).toHaveText(`Confier « ${WINDOWS} » à Mehdi Haddad au lieu de João Ferreira ?`);
  await checkScreen(page);
  await screenshot(page, 'cohort-reassign-confirm');
  await joao.getByRole('button', { name: 'Oui, réattribuer' }).tap();
  await expect(joao.getByRole('status')).toHaveText(`« ${WINDOWS} » confié à Mehdi Haddad.`);
  await joao.getByRole('button', { name: 'Fermer' }).tap();
  await expect(rowOf('João Ferreira')).toHaveCount(0);
  const closed = await queryDb<{ display_name: string; closed_reason: string }>(
    `select u.display_name, a.closed_reason from assignments a join users u on u.id = a.worker_id where a.state = 'closed' and u.display_name in ('João Ferreira', 'Kevin Martin') order by u.display_name`,
  );
  expect(closed).toEqual([
    { display_name: 'João Ferreira', closed_reason: 'reassigned' },
    { display_name: 'Kevin Martin', closed_reason: 'cancelled' },
  ]);

  // On a phone-wide screen the grid reads as one card per worker.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(rowOf('Amadou Diallo').locator('.status-chip')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'cohort-list-narrow');
  await page.setViewportSize({ width: 1024, height: 768 });

  await page.getByRole('button', { name: /se déconnecter/i }).first().tap();
  await signInOnTablet(page, 'Amadou Diallo');
  const doneAgain = page.getByRole('region', { name: /^Terminés/ });
  await expect(doneAgain.locator('.day-card').filter({ hasText: WINDOWS }).locator('.status-chip')).toHaveText('Validé');
  const reviews = page.getByRole('region', { name: 'Travaux pratiques vérifiés par votre formateur' });
  await expect(reviews).toContainText('Validé');
  await expect(reviews).toContainText('Bande bien marouflée, rien à reprendre.');
  await checkScreen(page);
  await screenshot(page, 'worker-day-reviews');
});
