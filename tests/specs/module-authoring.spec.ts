// A trainer authors a module with every step kind, previews it, publishes it, then republishes: version 2, version 1 kept.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LoginPage } from '../pages/LoginPage';
import { ModuleEditor } from '../pages/ModuleEditor';
import { mp3Stub, stripedPng, webmStub } from '../support/media-files';
import { checkScreen, screenshot, screenshotOf } from '../support/screens';

const TITLE = 'Membrane pare-vapeur : les recouvrements';

test('a trainer creates, previews and publishes a module with one step of each kind, then publishes version 2', async ({ page }) => {
  test.setTimeout(120_000);
  const editor = new ModuleEditor(page);
  await new LoginPage(page).signInAs('trainer');
  await page.getByRole('link', { name: 'Modules de formation' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules de formation');
  await expect(page.locator('.catalogue-card').first()).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'catalogue');

  await page.getByRole('link', { name: '+ Nouveau module' }).tap();
  await expect(editor.heading).toHaveText('Nouveau module');
  // An empty module cannot be saved: the shared validator's messages appear beside the fields.
  await editor.saveDraft();
  await expect(editor.notice).toContainText('à corriger');
  await expect(page.locator('.editor-field--invalid').first()).toContainText('Module title: is empty in every language');

  await editor.field(/^Titre \(Français\)/).fill(TITLE);
  await editor.field(/^Résumé/).fill('Recouvrir de 10 cm et coller au ruban adapté.');
  await editor.field(/^Métiers/).fill('insulation, carpentry');
  await editor.field(/^Thème/).fill('airtightness');
  await editor.field(/^Durée estimée/).fill('8');
  await editor.field(/^Acquis d’apprentissage/).fill('ULO-AIR-01');

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
  await editor.field(/^Classes IFC/, bim).fill('IfcCovering, IfcWall');

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

  // The English tab flags every missing translation; the French texts will show instead.
  const tabs = page.getByRole('group', { name: 'Langue en cours de saisie' });
  await tabs.getByRole('button', { name: /^English · \d+ manquants/ }).tap();
  await expect(page.getByText('Traduction manquante').first()).toBeVisible();
  await tabs.getByRole('button', { name: /^Français/ }).tap();
  await checkScreen(page);
  await screenshot(page, 'editor-all-step-kinds');

  await page.getByRole('button', { name: 'Aperçu' }).tap();
  const preview = page.locator('.editor-preview');
  await expect(preview.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(preview.getByText('10 cm', { exact: true })).toBeVisible();
  await checkScreen(page);
  await screenshotOf(preview, 'editor-preview');
  // Previewed in English, the French-only texts show with a visible fallback notice, as a worker would see them.
  await tabs.getByRole('button', { name: /^English/ }).tap();
  await expect(preview.getByText('Pas disponible dans votre langue — affiché en Français').first()).toBeVisible();
  await screenshotOf(preview, 'editor-preview-fallback');
  await tabs.getByRole('button', { name: /^Français/ }).tap();

  await editor.saveDraft();
  await expect(editor.notice).toHaveText('Brouillon enregistré (version 1).');
  await expect(page).toHaveURL(/\/modules\/[^/]+\/edit$/);
  await editor.publish();
  await expect(editor.notice).toHaveText('La version 1 est publiée.');
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

  await page.getByRole('link', { name: /Modules de formation/ }).tap();
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
  await expect(page.getByText('Aucun module').or(cards.first())).toBeVisible();
  await page.getByLabel('Durée').selectOption('');
  await page.getByLabel('Rechercher').fill('zzz-introuvable');
  await expect(page.getByText('Aucun module ne correspond. Essayez avec moins de filtres.')).toBeVisible();
  await checkScreen(page);
});
