// AFEST from positioning to the signed file: the trainer starts an on-the-job training from a worker's positioning
// (the ULOs they hold, shown as labels) and plans two work sequences; on the site tablet the worker tells how the
// first one went (saved with no network, sent once it is back) and signs; the trainer reads the worker's words, signs
// in turn (the file locks) and downloads the traceability file, rendered to PNG to be looked at, with the right hours.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { checkScreen, screenshot } from '../support/screens';

const SCREENSHOTS = join(import.meta.dirname, '..', 'output', 'screenshots');
const WORKER = 'João Ferreira'; // holds the envelope ULOs: the positioning has labels to show
const TITLE = 'Joints de menuiserie au niveau 3';
const WINDOWS = 'Étanchéité à l’air autour des fenêtres';
const WORDS = 'J’ai posé la bande sur les angles des trois fenêtres du niveau 3.';

/** Draws a signature-like zigzag across the box, as a finger would. */
async function signIn(page: Page, pad: Locator) {
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 24; i++) await page.mouse.move(box.x + 20 + i * 12, box.y + box.height / 2 + (i % 2 ? -30 : 30), { steps: 2 });
  await page.mouse.up();
}

test('an AFEST goes from positioning to a signed traceability file', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  // The trainer starts it from the worker's positioning.
  await new LoginPage(page).signInAs('trainer');
  await page.getByRole('link', { name: 'Formation en situation de travail (AFEST)' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Formation en situation de travail (AFEST)' })).toBeVisible();
  await page.getByRole('button', { name: 'Commencer l’AFEST' }).tap();
  await expect(page.getByText('Choisissez le salarié.')).toBeVisible();
  await expect(page.getByText('Écrivez une courte évaluation du point de départ.')).toBeVisible();
  await page.getByLabel('Salarié').selectOption({ label: WORKER });
  await expect(page.getByRole('list', { name: 'ULO déjà acquises' }).locator('li').first()).toContainText('ULO-AIR-01');
  await page.getByRole('group', { name: 'ULO visées' }).getByRole('checkbox', { name: /ULO-AIR-03/ }).check();
  await page.getByLabel('Votre courte évaluation du point de départ').fill('Pose seul les fenêtres ; les angles sont à reprendre.');
  await page.getByLabel('Intitulé de la formation').fill(TITLE);
  await checkScreen(page);
  await screenshot(page, 'afest-positioning');
  await page.getByRole('button', { name: 'Commencer l’AFEST' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Two work sequences on site, with dates; a missing date is said next to the field.
  const plan = async (activity: string, date: string, minutes: string) => {
    await page.getByLabel('Ce que le salarié fait sur le chantier').fill(activity);
    await page.getByLabel('Module pratiqué').selectOption({ label: WINDOWS });
    await page.getByLabel('Date prévue').fill(date);
    await page.getByLabel('Temps sur le chantier (minutes)').fill(minutes);
    await page.getByRole('button', { name: 'Ajouter au plan' }).tap();
    await expect(page.locator('.afest-sequence').filter({ hasText: activity })).toBeVisible();
  };
  await page.getByLabel('Ce que le salarié fait sur le chantier').fill('Sans date');
  await page.getByRole('button', { name: 'Ajouter au plan' }).tap();
  await expect(page.getByText('Indiquez la date prévue.')).toBeVisible();
  await plan('Bande d’étanchéité, fenêtres du niveau 3', '2026-12-07', '120');
  await plan('Contrôle au fumigène, niveau 3', '2026-12-14', '60');
  await expect(page.getByText('Pas encore de retour')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'afest-planned');
  const afestUrl = page.url();
  await page.getByRole('button', { name: /se déconnecter/i }).first().tap();

  // On the site tablet: the worker tells how the first sequence went, then signs.
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.signIn(WORKER);
  await page.getByRole('link', { name: 'Ma formation au travail' }).tap();
  const mine = page.getByRole('region', { name: TITLE });
  await expect(mine).toContainText('Avec Thomas Formateur');
  const first = mine.locator('.afest-sequence').filter({ hasText: 'Bande d’étanchéité' });
  await first.getByRole('button', { name: 'Dire comment ça s’est passé' }).tap();
  // Dictation where the browser offers it, or the notice that it does not.
  await expect(first.getByRole('button', { name: 'Parler' }).first().or(first.getByText('La dictée n’est pas disponible sur cette tablette'))).toBeVisible();
  await first.getByRole('button', { name: 'Enregistrer mes mots' }).tap();
  await expect(first.getByText('Dites ce que vous avez fait.')).toBeVisible();
  await first.getByLabel('Qu’avez-vous fait ?').fill(WORDS);
  await first.getByLabel('Qu’avez-vous appris ?').fill('Plier la bande avant l’angle.');
  await first.getByLabel('Qu’est-ce qui a été difficile ?').fill('Le froid rend la bande raide.');
  await checkScreen(page);
  await screenshot(page, 'afest-reflection-form');
  // The tablet loses the network: the words wait in the outbox, and go once it is back.
  await page.context().setOffline(true);
  await first.getByRole('button', { name: 'Enregistrer mes mots' }).tap();
  await expect(first.getByText('En attente d’envoi')).toBeVisible();
  await page.context().setOffline(false);
  await expect(first).toContainText(WORDS, { timeout: 30_000 });
  await expect(first.getByText('En attente d’envoi')).toHaveCount(0, { timeout: 30_000 });
  await mine.getByRole('button', { name: 'Signer' }).tap();
  await expect(mine.getByText('Signez d’abord dans le cadre.')).toBeVisible();
  await signIn(page, mine.locator('canvas'));
  await mine.getByRole('button', { name: 'Signer' }).tap();
  await expect(mine.getByText(/Signé sur la tablette|Vous avez signé le/)).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveText('Tout est enregistré', { timeout: 30_000 });
  await checkScreen(page);
  await screenshot(page, 'afest-worker-signed');
  await tablet.finish.tap();

  // The trainer reads the worker's words, signs: the file is locked, and downloads it.
  await new LoginPage(page).signInAs('trainer');
  await page.goto(afestUrl);
  await expect(page.locator('.afest-reflection')).toContainText(WORDS);
  await expect(page.locator('.afest-reflection')).toHaveCount(1);
  await expect(page.getByText(/João Ferreira a signé le/)).toBeVisible();
  await signIn(page, page.locator('canvas'));
  await page.getByRole('button', { name: 'Signer', exact: true }).tap();
  await expect(page.getByText('Signée par les deux : le dossier est verrouillé.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter au plan' })).toHaveCount(0);
  await checkScreen(page);
  await screenshot(page, 'afest-locked');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le dossier (PDF)' }).tap()]);
  const pdf = testInfo.outputPath('afest.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('AFEST — dossier de traçabilité');
  expect(text).toContain('Clos et verrouillé le');
  expect(text).toContain(`« ${WORDS} »`);
  // Planned on site 2 h + 1 h; realised: the reflected sequence's 2 h (the worker did no module attempt since).
  expect(text).toMatch(/Prévues \(modules \+ sur site\) : [\d,]+ h \+ 3 h = [\d,]+ h/);
  expect(text).toContain('Réalisées (modules + sur site) : 0 h + 2 h = 2 h');
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, testInfo.outputPath('afest-file')]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(testInfo.outputPath('afest-file.png'), join(SCREENSHOTS, 'afest-file.png'));
});
