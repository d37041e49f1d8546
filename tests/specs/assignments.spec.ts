// Assigning and signing off on site: a trainer assigns a module to a team, workers see it on the tablet, and a
// practical task is validated by the trainer and shows as validated for the worker and in the cohort grid.
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, pageSession, postPracticalCompletion, staffToken, uploadPng } from '../support/api';
import { DEMO_SITE, DEMO_WORKER_PIN } from '../support/demo';
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
  await tablet.nameTile(name).tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules du jour');
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

  await page.getByLabel('Équipe', { exact: true }).selectOption({ label: 'Équipe isolation (3)' });
  await page.getByLabel('À faire pour le').fill(inDays(7));
  await page.getByLabel('Motif (facultatif)').fill('Pose des fenêtres, bâtiment B');
  await page.getByRole('button', { name: 'Attribuer', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Attribué à 3 ouvriers' })).toBeVisible();
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

test('a trainer validates a practical task on site; the worker sees "Validated" and the cohort grid shows them', async ({ page, request }) => {
  test.setTimeout(60_000);
  const trainerToken = await staffToken(request, 'trainer');
  const { modules, sites } = await gql<{
    modules: { latestPublished: { id: string; title: { text: string }; content: { steps: { id: string; kind: string; signOffRequired?: boolean; checklist?: { id: string }[] }[] } } | null }[];
    sites: { id: string; name: string }[];
  }>(request, trainerToken, '{ modules { latestPublished { id content title(lang: "fr") { text } } } sites { id name } }');
  const version = modules.map((m) => m.latestPublished).find((v) => v?.title.text === WINDOWS)!;
  const step = version.content.steps.find((s) => s.kind === 'practical')!;
  const site = sites.find((s) => s.name === DEMO_SITE)!;

  // The worker signs in on the tablet; the module is assigned to them alone and they send the finished task.
  const tablet = await signInOnTablet(page, 'Amadou Diallo');
  const worker = await pageSession(page);
  await gql(request, trainerToken, 'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', {
    i: { moduleVersionId: version.id, workerIds: [worker.userId], siteId: site.id, dueOn: inDays(3) },
  });
  const photo = await uploadPng(request, trainerToken, stripedPng(320, 240, [[200, 120, 40], [90, 90, 90]]));
  const ticked = (step.checklist ?? []).map((item) => item.id).join(',');
  await postPracticalCompletion(request, worker, `https://w3id.org/fit/module-versions/${version.id}/steps/${step.id}`, ticked, [photo]);
  await tablet.finish.tap();

  await new LoginPage(page).signInAs('trainer');
  await page.getByRole('link', { name: /Travaux pratiques à valider\s*1 en attente/ }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Travaux pratiques à valider');
  const card = page.locator('.pending-card').filter({ hasText: 'Amadou Diallo' });
  await expect(card).toContainText(WINDOWS);
  await expect(card.getByRole('img', { name: 'Photo 1 de Amadou Diallo' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'validation-list');

  // "To redo" needs a comment so the worker knows what to do again.
  await card.getByRole('button', { name: /À refaire/ }).tap();
  await expect(card.getByText('Dites ce qu’il faut refaire, pour que l’ouvrier le sache.')).toBeVisible();
  await card.getByLabel('Commentaire').fill('Bande bien marouflée, rien à reprendre.');
  await card.getByRole('button', { name: /Validé/ }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Validé : Amadou Diallo' })).toBeVisible();
  await expect(page.getByText('Rien en attente de validation')).toBeVisible();

  await page.goto(`/sites/${site.id}`);
  await page.getByRole('link', { name: 'Avancement de l’équipe' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avancement de l’équipe');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Amadou Diallo' }) });
  await expect(row.locator('.status-chip')).toHaveCount(1);
  await checkScreen(page);
  await screenshot(page, 'cohort-grid');
  // On a phone-wide screen the grid reads as one card per worker.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row.locator('.status-chip')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'cohort-list-narrow');
  await page.setViewportSize({ width: 1024, height: 768 });

  await page.getByRole('button', { name: /se déconnecter/i }).first().tap();
  await signInOnTablet(page, 'Amadou Diallo');
  const reviews = page.getByRole('region', { name: 'Travaux pratiques vérifiés par votre formateur' });
  await expect(reviews).toContainText('Validé');
  await expect(reviews).toContainText('Bande bien marouflée, rien à reprendre.');
  await checkScreen(page);
  await screenshot(page, 'worker-day-reviews');
});
