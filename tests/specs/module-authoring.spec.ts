// A trainer authors a module with every step kind and quiz kind, previews and publishes it; a worker plays it to the
// end on the site tablet with known right and wrong answers; the trainer republishes it as version 2 while the
// worker's records stay on version 1.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LoginPage } from '../pages/LoginPage';
import { ModuleEditor } from '../pages/ModuleEditor';
import { ModulePlayer } from '../pages/ModulePlayer';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { queryDb } from '../support/database';
import { DEMO_SITE, DEMO_WORKER_PIN } from '../support/demo';
import { mp3Stub, stripedPng, webmStub } from '../support/media-files';
import { checkScreen, screenshot, screenshotOf } from '../support/screens';

const TITLE = 'Membrane pare-vapeur : les recouvrements';

const WORKER = 'Amadou Diallo';

/**
 * The worker's run through the module on the tablet, 10 steps: the single-choice question answered wrong on purpose,
 * the picture, multiple-choice and ordering questions right, so the score must be 3 right out of 4.
 */
async function playAsWorker(page: Page): Promise<void> {
  const player = new ModulePlayer(page);
  await player.expectStep(1, 10);
  await expect(page.getByText('Recouvrez les lés de')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'authored-player-text');
  await player.goNext();
  // The picture comes in its tablet size, made at upload.
  const picture = page.getByRole('img', { name: 'Deux lés qui se recouvrent de 10 cm.' });
  await expect(picture).toHaveAttribute('src', /\/media\/[0-9a-f-]+\/tablet$/);
  await expect.poll(() => picture.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(320);
  await checkScreen(page);
  await screenshot(page, 'authored-player-image');
  await player.goNext();
  await player.expectStep(3, 10);
  await expect(page.locator('video')).toBeVisible();
  await player.goNext();
  await player.expectStep(4, 10);
  await expect(page.locator('audio')).toBeAttached();
  await player.goNext();

  await player.expectStep(5, 10);
  await player.choose('2 cm');
  await player.check.tap();
  await expect(player.feedback).toContainText('Non : 10 cm au moins.');
  await player.goNext();

  await player.expectStep(6, 10);
  await page.getByLabel('Recouvrement de 10 cm').check();
  await page.locator('.player-task input[type="file"]').setInputFiles({ name: 'lé.png', mimeType: 'image/png', buffer: stripedPng(200, 150, [[120, 120, 120], [10, 79, 163]]) });
  await expect(page.getByRole('img', { name: 'Votre photo' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'authored-player-practical');
  await player.goNext();
  await player.expectStep(7, 10);
  // The BIM step shows the site's model; what the step is about is listed under it.
  await page.locator('.bim-step__rules summary').filter({ hasText: 'Ce que montre cette étape' }).tap();
  await expect(page.locator('.bim-step__rules').getByText('IfcCovering')).toBeVisible();
  await player.goNext();

  await player.expectStep(8, 10);
  await player.choose('Recouvrement de 10 cm');
  await checkScreen(page);
  await screenshot(page, 'authored-player-image-choice');
  await player.check.tap();
  await expect(player.feedback).toContainText('Oui.');
  await player.goNext();

  await player.expectStep(9, 10);
  await player.choose('Gants', 'Lunettes');
  await player.check.tap();
  await expect(player.feedback).toContainText('Gants et lunettes.');
  await player.goNext();

  // Ordering: shown out of order (second, third, first); two moves put it right.
  await player.expectStep(10, 10);
  expect(await player.orderedLabels()).toEqual(['Coller le ruban', 'Maroufler', 'Nettoyer le support']);
  await player.moveUp(3);
  await player.moveUp(2);
  expect(await player.orderedLabels()).toEqual(['Nettoyer le support', 'Coller le ruban', 'Maroufler']);
  await checkScreen(page);
  await screenshot(page, 'authored-player-ordering');
  await player.check.tap();
  await expect(player.feedback).toContainText('Dans l’ordre.');
  await player.goNext();

  await expect(player.score).toHaveText('Score : 75 %');
  await expect(page.getByText('3 questions justes sur 4')).toBeVisible();
  await expect(page.getByText('Réussi')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'authored-player-complete');
}

test('a trainer creates, previews and publishes a module with every step kind, a worker plays it on the tablet, then version 2 leaves their records on version 1', async ({ page, request }) => {
  test.setTimeout(300_000);
  const editor = new ModuleEditor(page);
  await new LoginPage(page).signInAs('trainer');
  await page.getByRole('link', { name: 'Modules de formation' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules de formation');
  await expect(page.locator('.catalogue-card').first()).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'catalogue');

  await page.getByRole('link', { name: '+ Nouveau module' }).tap();
  await expect(editor.heading).toHaveText('Nouveau module');
  // An empty module cannot be saved: the shared validator's problems appear beside the fields, in French.
  await editor.saveDraft();
  await expect(editor.notice).toContainText('à corriger');
  await expect(page.locator('.editor-field--invalid').first()).toContainText('Titre du module : est vide dans toutes les langues');
  await checkScreen(page);
  await screenshot(page, 'editor-problems');

  await editor.field(/^Titre \(Français\)/).fill(TITLE);
  await editor.field(/^Résumé/).fill('Recouvrir de 10 cm et coller au ruban adapté.');
  // Trades and topic are chosen by name, never typed as codes.
  const trades = page.getByRole('group', { name: 'Métiers' });
  await trades.getByRole('checkbox', { name: 'isolation', exact: true }).check();
  await trades.getByRole('checkbox', { name: 'charpente', exact: true }).check();
  await page.getByLabel(/^Thème/).selectOption({ label: 'étanchéité à l’air' });
  await editor.field(/^Durée estimée/).fill('8');
  // ULOs too: ticked in the labelled list, found by their code.
  const ulos = page.getByRole('group', { name: /Acquis d’apprentissage/ });
  await ulos.getByRole('searchbox').fill('ULO-AIR-01');
  await ulos.getByRole('checkbox', { name: /ULO-AIR-01/ }).check();

  const text = await editor.addStep(/Texte/);
  await editor.field(/^Texte \(Français\)/, text).fill('Recouvrez les lés de **10 cm**.\n\n- Collez au ruban.\n- Marouflez.');
  await text.getByLabel('Gants').check();

  const image = await editor.addStep(/Image/);
  await image.locator('input[type="file"]').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(image.getByRole('alert')).toContainText('n’est pas un fichier accepté');
  await editor.upload(image, 'recouvrement.png', 'image/png', stripedPng(320, 200, [[10, 79, 163], [255, 196, 0], [31, 111, 63]]));
  await editor.field(/^Description de l’image/, image).fill('Deux lés qui se recouvrent de 10 cm.');

  const video = await editor.addStep(/Vidéo/);
  await editor.upload(video, 'geste.webm', 'video/webm', webmStub());
  const audio = await editor.addStep(/Audio/);
  await editor.upload(audio, 'consigne.mp3', 'audio/mpeg', mp3Stub());
  await editor.field(/^Transcription/, audio).fill('Recouvrez de dix centimètres.');

  const quiz = await editor.addStep(/Question de quiz/);
  await editor.field(/^Question \(Français\)/, quiz).fill('Quel recouvrement minimum ?');
  await editor.field(/^Réponse 1/, quiz).fill('10 cm');
  await editor.field(/^Réponse 2/, quiz).fill('2 cm');
  await quiz.getByLabel('La réponse 1 est juste').check();
  await editor.field(/^Message si c’est juste/, quiz).fill('Oui, 10 cm.');
  await editor.field(/^Message si c’est faux/, quiz).fill('Non : 10 cm au moins.');

  const task = await editor.addStep(/Tâche pratique/);
  await editor.field(/^Consignes/, task).fill('Contrôlez un recouvrement.');
  await editor.field(/^Point 1/, task).fill('Recouvrement de 10 cm');
  await task.getByLabel('Photo obligatoire').check();

  const bim = await editor.addStep(/Maquette/);
  // Bound to a rule: insulation coverings (a class with its predefined type).
  await bim.getByRole('button', { name: 'Ajouter une règle par classe IFC' }).tap();
  await editor.field(/^Classe IFC/, bim).fill('IfcCovering');
  await editor.field(/^Type prédéfini/, bim).fill('insulation');
  await expect(editor.field(/^Type prédéfini/, bim)).toHaveValue('INSULATION');

  // Reorder with the keyboard-friendly buttons: the BIM step goes up one place and back.
  await page.getByRole('button', { name: 'Monter l’étape 7' }).tap();
  await expect(editor.step(6)).toContainText('Maquette (BIM)');
  await page.getByRole('button', { name: 'Descendre l’étape 6' }).tap();
  await expect(editor.step(7)).toContainText('Maquette (BIM)');
  // And by dragging its handle: to the top, then back to the end.
  await editor.dragStep(7, 1);
  await expect(editor.step(1)).toContainText('Maquette (BIM)');
  await editor.dragStep(1, 7);
  await expect(editor.step(7)).toContainText('Maquette (BIM)');

  // A picture-choice question uses uploaded pictures as its answers.
  const pictures = await editor.addStep(/Question de quiz/);
  await pictures.getByLabel('Type de question').selectOption('image');
  await editor.field(/^Question \(Français\)/, pictures).fill('Quel recouvrement est bon ?');
  await editor.upload(pictures, 'bon.png', 'image/png', stripedPng(120, 90, [[31, 111, 63]]), 0);
  await editor.upload(pictures, 'mauvais.png', 'image/png', stripedPng(120, 90, [[176, 0, 32]]), 1);
  await editor.field(/^Réponse 1/, pictures).fill('Recouvrement de 10 cm');
  await editor.field(/^Réponse 2/, pictures).fill('Recouvrement de 2 cm');
  await pictures.getByLabel('La réponse 1 est juste').check();
  await editor.field(/^Message si c’est juste/, pictures).fill('Oui.');
  await editor.field(/^Message si c’est faux/, pictures).fill('Non.');

  // Multiple choice: every right answer must be ticked.
  const multiple = await editor.addStep(/Question de quiz/);
  await multiple.getByLabel('Type de question').selectOption('multiple');
  await editor.field(/^Question \(Français\)/, multiple).fill('Quelles protections pour poser le ruban ?');
  await editor.field(/^Réponse 1/, multiple).fill('Gants');
  await editor.field(/^Réponse 2/, multiple).fill('Lunettes');
  await multiple.getByRole('button', { name: /Ajouter une réponse/ }).tap();
  await editor.field(/^Réponse 3/, multiple).fill('Aucune');
  await multiple.getByLabel('La réponse 1 est juste').check();
  await multiple.getByLabel('La réponse 2 est juste').check();
  await editor.field(/^Message si c’est juste/, multiple).fill('Gants et lunettes.');
  await editor.field(/^Message si c’est faux/, multiple).fill('Il faut gants et lunettes.');

  // Ordering: the author writes the answers in the right order; the worker sees them mixed.
  const ordering = await editor.addStep(/Question de quiz/);
  await ordering.getByLabel('Type de question').selectOption('ordering');
  await editor.field(/^Question \(Français\)/, ordering).fill('Dans quel ordre ?');
  await editor.field(/^Réponse 1/, ordering).fill('Nettoyer le support');
  await editor.field(/^Réponse 2/, ordering).fill('Coller le ruban');
  await ordering.getByRole('button', { name: /Ajouter une réponse/ }).tap();
  await editor.field(/^Réponse 3/, ordering).fill('Maroufler');
  await editor.field(/^Message si c’est juste/, ordering).fill('Dans l’ordre.');
  await editor.field(/^Message si c’est faux/, ordering).fill('Nettoyer, coller, maroufler.');

  // The English tab flags every missing translation; the French texts will show instead.
  const tabs = page.getByRole('group', { name: 'Langue en cours de saisie' });
  await tabs.getByRole('button', { name: /^English · \d+ manquants/ }).tap();
  await expect(page.getByText('Traduction manquante').first()).toBeVisible();
  await tabs.getByRole('button', { name: /^Français/ }).tap();
  await checkScreen(page);
  await screenshot(page, 'editor-all-step-kinds');

  await page.getByRole('button', { name: 'Aperçu' }).tap();
  const preview = page.locator('.editor-preview');
  await expect(preview).toBeFocused();
  await expect(preview).toBeInViewport();
  await expect(preview.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(preview.getByText('10 cm', { exact: true })).toBeVisible();
  await checkScreen(page);
  await screenshotOf(preview, 'editor-preview');
  // Previewed in English, the French-only texts show with a visible fallback notice, as a worker would see them.
  await tabs.getByRole('button', { name: /^English/ }).tap();
  await expect(preview.getByText('Pas encore traduit dans votre langue : affiché en Français').first()).toBeVisible();
  await screenshotOf(preview, 'editor-preview-fallback');
  await tabs.getByRole('button', { name: /^Français/ }).tap();

  await editor.saveDraft();
  await expect(editor.notice).toHaveText('Brouillon enregistré (version 1).');
  await expect(page).toHaveURL(/\/modules\/[^/]+\/edit$/);
  // English is claimed but not written: publishing says so, and the trainer publishes in French only.
  await editor.openPublishConfirmation();
  await expect(editor.confirmation).toContainText(/English : \d+ textes pas encore traduits/);
  await editor.confirmation.getByRole('button', { name: 'Publier sans English' }).tap();
  await expect(editor.notice).toHaveText('La version 1 est publiée.');
  await expect(editor.banner).toHaveText('La version 1 est publiée. Vos modifications créeront la version 2.');

  const editUrl = page.url();
  const [v1] = await queryDb<{ id: string }>(`select id from module_versions where content->'title'->>'fr' = $1 and version = 1`, [TITLE]);

  // A worker gets it and plays it to the end on the site tablet.
  const [worker] = await queryDb<{ id: string }>('select id from users where display_name = $1', [WORKER]);
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await gql(request, await staffToken(request, 'trainer'), 'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', {
    i: { moduleVersionId: v1!.id, workerIds: [worker!.id], dueOn: due },
  });
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.nameTile(WORKER).tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules du jour');
  const dayCard = page.locator('.day-card').filter({ hasText: TITLE });
  await expect(dayCard).toContainText('Version 1');
  await checkScreen(page);
  await screenshot(page, 'authored-worker-day');
  await dayCard.getByRole('link', { name: `Commencer — ${TITLE}` }).tap();
  await playAsWorker(page);
  await expect(page.getByTestId('sync-status')).toHaveText('Tout est enregistré', { timeout: 30_000 });
  await tablet.finish.tap();

  await new LoginPage(page).signInAs('trainer');
  await page.goto(editUrl);
  await expect(editor.banner).toHaveText('La version 1 est publiée. Vos modifications créeront la version 2.');

  // Editing after a publish starts version 2; version 1 stays published and playable.
  await editor.field(/^Durée estimée/).fill('9');
  await editor.saveDraft();
  await expect(editor.banner).toHaveText('Version 2 (brouillon) — la version 1 est publiée');
  await screenshot(page, 'editor-version-2-draft');
  await editor.publish();
  await expect(editor.notice).toHaveText('La version 2 est publiée.');
  await expect(page.getByRole('link', { name: 'Lancer la version 1' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lancer la version 2' })).toBeVisible();

  // The worker's records stay on version 1: in the database, and in the trainer's cohort view.
  const [v2] = await queryDb<{ id: string }>(`select id from module_versions where content->'title'->>'fr' = $1 and version = 2`, [TITLE]);
  const records = await queryDb<{ version_id: string; n: number }>(
    `select split_part(object_id, '/', 6) as version_id, count(*)::int as n from xapi_statements
      where actor_user_id = $1 and object_id like 'https://w3id.org/fit/module-versions/%' and split_part(object_id, '/', 6) in ($2, $3)
      group by 1`,
    [worker!.id, v1!.id, v2!.id],
  );
  expect(records).toEqual([{ version_id: v1!.id, n: expect.any(Number) }]);
  expect(records[0]!.n).toBeGreaterThanOrEqual(8);
  const [assignment] = await queryDb<{ module_version_id: string }>('select module_version_id from assignments where worker_id = $1 and module_version_id in ($2, $3)', [
    worker!.id,
    v1!.id,
    v2!.id,
  ]);
  expect(assignment!.module_version_id).toBe(v1!.id);
  const [site] = await queryDb<{ id: string }>('select id from sites where name = $1', [DEMO_SITE]);
  await page.goto(`/sites/${site!.id}/cohort`);
  await expect(page.getByRole('columnheader', { name: `${TITLE} (version 1)` })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: WORKER }) });
  await expect(row.locator(`td[data-module="${TITLE}"] .status-chip`)).toHaveText('Réussi');
  await row.getByRole('button', { name: WORKER }).tap();
  const attempt = page.getByRole('dialog', { name: WORKER }).locator('tr').filter({ hasText: TITLE });
  await expect(attempt).toHaveAttribute('data-version', '1');
  await expect(attempt).toContainText('Réussie');
  await expect(attempt).toContainText('75 %');
  await checkScreen(page);
  await screenshot(page, 'authored-cohort-attempt-version-1');
  await page.getByRole('button', { name: 'Fermer' }).tap();

  await page.goto('/modules');
  const card = page.locator('.catalogue-card').filter({ hasText: TITLE });
  await expect(card.getByTestId('card-version')).toHaveText('Version 2 publiée');
  await expect(card.getByRole('button', { name: 'Exporter la version 1' })).toBeVisible();

  // Export version 1 and import it back as a new draft; a broken package is rejected with its reasons.
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Exporter la version 1' }).tap()]);
  const zip = readFileSync(await download.path());
  const importer = page.locator('.catalogue-import');
  await importer.locator('input[type="file"]').setInputFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
  await importer.getByRole('button', { name: 'Importer' }).tap();
  await expect(importer.getByRole('alert')).toContainText('Rien n’a été importé');
  await importer.locator('input[type="file"]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/zip', buffer: zip });
  await importer.getByRole('button', { name: 'Importer' }).tap();
  await expect(importer.getByRole('status')).toContainText('Importé comme nouveau brouillon.');
  await checkScreen(page);
});

test('the catalogue filters by search, trade and duration, and says when nothing matches', async ({ page }) => {
  await new LoginPage(page).signInAs('trainer');
  await page.goto('/modules');
  const cards = page.locator('.catalogue-card');
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(6);
  await page.getByLabel('Rechercher').fill('fenêtres');
  await expect(cards).toHaveCount(1);
  await page.getByLabel('Rechercher').fill('');
  await page.getByLabel('Durée').selectOption('5');
  await expect(page.getByText('Aucun module', { exact: true }).or(cards.first())).toBeVisible();
  await page.getByLabel('Durée').selectOption('');
  await page.getByLabel('Rechercher').fill('zzz-introuvable');
  await expect(page.getByText('Aucun module ne correspond. Essayez avec moins de filtres.')).toBeVisible();
  await checkScreen(page);
});
