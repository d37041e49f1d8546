// Element QR labels end to end: the trainer prints the labels of a module's windows from the site's model page; the
// sheet is rendered as printed; on the site tablet, with no network, a worker scans one label with the (stubbed)
// camera and the module opens at its BIM step with that window highlighted.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { DEMO_SITE } from '../support/demo';
import { userId } from '../support/offline-learning';
import { queryDb } from '../support/database';
import { checkScreen, screenshot } from '../support/screens';

const MODULE_TITLE = 'Étanchéité à l’air autour des fenêtres';
const WORKER = 'Sofia García'; // no other spec plays as her
const SCREENSHOTS = join(import.meta.dirname, '..', 'output', 'screenshots');

// WebGL through SwiftShader (see bim-step.spec.ts), so the BIM step draws the model and lists what it highlights.
test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run'] } });

test('staff print element QR labels; a worker scans one offline and the module opens on that element', async ({ page, browser, request }, testInfo) => {
  test.setTimeout(180_000);

  // The trainer assigns the window module to the worker, so the site pack carries it.
  const trainer = await staffToken(request, 'trainer');
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, trainer, '{ sites { id name } }');
  const site = sites.find((s) => s.name === DEMO_SITE)!;
  const [version] = await queryDb<{ id: string }>(
    `select v.id from module_versions v join learning_modules m on m.id = v.module_id where m.slug = 'airtight-window-joints' and v.status = 'published' order by v.version desc limit 1`,
  );
  await gql(request, trainer, 'mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', {
    i: { moduleVersionId: version!.id, workerIds: [await userId(WORKER)], siteId: site.id, dueOn: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10) },
  });

  // From the site's model page: the ground-floor windows of the module, as a PDF sheet.
  await new LoginPage(page).signInAs('trainer');
  await page.getByRole('link', { name: new RegExp(DEMO_SITE) }).first().tap();
  await page.getByRole('link', { name: 'Maquette du bâtiment' }).tap();
  const section = page.getByRole('region', { name: 'Étiquettes QR des éléments' });
  const moduleValue = await section.getByLabel('Module').locator('option', { hasText: MODULE_TITLE }).getAttribute('value');
  await section.getByLabel('Module').selectOption(moduleValue!);
  await section.getByLabel('Classe IFC').selectOption('IfcWindow');
  await section.getByLabel('Niveau').selectOption({ index: 1 });
  const storey = await section.getByLabel('Niveau').inputValue();
  await checkScreen(page);
  await screenshot(page, 'element-labels-form');
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Imprimer les étiquettes (PDF)' }).tap()]);
  const pdf = testInfo.outputPath('labels.pdf');
  await download.saveAs(pdf);
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The first page as printed (100 dpi), kept with the screenshots to be looked at.
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, testInfo.outputPath('sheet')]);
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(testInfo.outputPath('sheet.png'), join(SCREENSHOTS, 'element-labels-sheet.png'));
  const sheet = `data:image/png;base64,${readFileSync(testInfo.outputPath('sheet.png')).toString('base64')}`;
  const [first] = await queryDb<{ name: string }>(
    `select e.name from bim_elements e where e.model_id = (select id from bim_models where site_id = $1 and status = 'ready' order by version desc limit 1)
        and e.ifc_class in ('IfcWindow', 'IfcWindowStandardCase') and e.storey_name = $2 order by e.storey_elevation nulls last, e.name nulls last, e.global_id limit 1`,
    [site.id, storey],
  );

  // The tablet: its camera films the first label of the sheet (the top-left of the page), through jsQR.
  const context = await browser.newContext();
  await context.addInitScript((image: string) => {
    delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const picture = new Image();
    picture.src = image;
    const draw = () => {
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      if (picture.complete && picture.naturalWidth > 0) {
        const w = picture.naturalWidth / 2;
        const h = picture.naturalHeight / 5;
        ctx.drawImage(picture, 0, 0, w, h, 0, 60, 640, (640 * h) / w);
      }
    };
    setInterval(draw, 100);
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: {
        getUserMedia: async () => {
          draw();
          return canvas.captureStream(10);
        },
      },
    });
  }, sheet);
  const tabletPage = await context.newPage();
  const tablet = new TabletPage(tabletPage);
  await tablet.pairWithDemoTablet();
  await tabletPage.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await tabletPage.evaluate(() => navigator.serviceWorker.controller !== null))) await tabletPage.reload();
  await expect.poll(() => tabletPage.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const pack = tabletPage.getByTestId('site-pack');
  await pack.getByRole('button', { name: 'Télécharger pour le hors ligne' }).tap();
  await pack.getByRole('button', { name: 'Lancer le téléchargement' }).tap();
  await expect(pack.getByRole('status')).toContainText('À jour', { timeout: 30_000 });

  // No network from here on.
  await context.setOffline(true);
  await tablet.signIn(WORKER);
  await expect(tabletPage.getByRole('heading', { level: 1 })).toHaveText('Modules du jour');
  await tabletPage.getByRole('link', { name: 'Scanner une étiquette' }).tap();
  await expect(tabletPage.getByRole('heading', { level: 1 })).toHaveText(MODULE_TITLE, { timeout: 20_000 });
  await expect(tabletPage.getByRole('status').filter({ hasText: 'Ouvert depuis l’étiquette de' })).toHaveText(`Ouvert depuis l’étiquette de ${first!.name} — ${storey}`);
  // The BIM step, with only the scanned window highlighted.
  const highlighted = tabletPage.locator('.model-viewer__list li');
  await expect(highlighted).toHaveCount(1, { timeout: 30_000 });
  await expect(highlighted).toHaveText(`${first!.name} — ${storey}`);
  // The worker looks at the 3D step: its controls in view, not under the player's sticky step bar.
  await tabletPage.getByRole('button', { name: 'Zoomer', exact: true }).evaluate((button) => button.scrollIntoView({ block: 'center' }));
  await checkScreen(tabletPage);
  await screenshot(tabletPage, 'element-label-scanned');
  await context.close();
});
