// A module's BIM step on the real site model: a trainer uploads a model and sees what applies, a worker on the site
// tablet plays a module whose BIM step highlights the elements its rules bind, and the trainer previews the same
// rules in the editor.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { DEMO_SITE, DEMO_WORKER_PIN } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

const IFC_FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'ifc');

// WebGL through SwiftShader (see site-model.spec.ts), so the canvas really draws the model.
test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run'] } });

// The step's rules: every window, and the external doors only (a property condition).
const BINDINGS = [{ ifcClass: 'IfcWindow' }, { ifcClass: 'IfcDoor', where: [{ property: 'IsExternal', equals: true }] }];
const content = {
  title: { fr: 'Repérer les menuiseries extérieures', en: 'Find the external joinery' },
  summary: { fr: 'Fenêtres et portes extérieures du chantier.', en: 'The site’s windows and external doors.' },
  trades: ['carpentry'],
  topic: 'airtightness',
  estimatedMinutes: 5,
  languages: ['fr', 'en'],
  outcomes: ['ULO-AIR-01'],
  passMark: 0.5,
  steps: [
    { id: 'model', kind: 'bim', title: { fr: 'Les menuiseries du chantier', en: 'The site’s joinery' }, instructions: { fr: 'Repérez les fenêtres et les portes extérieures.', en: 'Find the windows and external doors.' }, bindings: BINDINGS },
    { id: 'end', kind: 'text', body: { fr: 'C’est tout.', en: 'That is all.' } },
  ],
};

/** Orange (highlight) pixels drawn on the viewer's canvas, and where their middle is. */
async function orangePixels(stage: Locator): Promise<{ count: number; x: number; y: number; tapX: number; tapY: number }> {
  return stage.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const probe = document.createElement('canvas');
    probe.width = canvas.width;
    probe.height = canvas.height;
    const ctx = probe.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, probe.width, probe.height);
    const isOrange = (p: number) => data[p] > 180 && data[p + 1] > 60 && data[p + 1] < 170 && data[p + 2] < 90;
    let count = 0;
    let sx = 0;
    let sy = 0;
    let inside = -1;
    const w = probe.width;
    for (let i = 0; i < data.length; i += 4) {
      if (!isOrange(i)) continue;
      count++;
      sx += (i / 4) % w;
      sy += Math.floor(i / 4 / w);
      // A pixel well inside an orange patch: tapping there hits a highlighted element.
      const d = 6 * 4;
      if (inside < 0 && isOrange(i - d) && isOrange(i + d) && isOrange(i - d * w) && isOrange(i + d * w)) inside = i / 4;
    }
    const rect = canvas.getBoundingClientRect();
    const sxr = rect.width / w;
    const syr = rect.height / probe.height;
    return {
      count,
      x: count ? (sx / count) * sxr : 0,
      y: count ? (sy / count) * syr : 0,
      tapX: rect.left + (inside % w) * sxr,
      tapY: rect.top + Math.floor(inside / w) * syr,
    };
  });
}

async function expectHighlighted(page: Page, expected: number): Promise<Locator> {
  const stage = page.getByRole('img', { name: /Vue 3D de la maquette/ });
  await expect(stage).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(stage).toHaveAttribute('data-source', 'geometry');
  await expect(page.getByRole('heading', { name: `${expected} éléments en surbrillance` })).toBeVisible();
  await expect(page.locator('.model-viewer__list li')).toHaveCount(expected);
  const orange = await orangePixels(stage);
  expect(orange.count, 'highlighted (orange) pixels in the 3D view').toBeGreaterThan(500);
  return stage;
}

test('a worker on the site tablet sees the BIM step’s elements highlighted in the site’s model', async ({ page, request }) => {
  test.setTimeout(180_000);
  const trainer = await staffToken(request, 'trainer');

  // The trainer uploads the duplex model to the demo site and sees what training applies to it.
  await new LoginPage(page).signInAs('trainer');
  await page.getByRole('link', { name: new RegExp(DEMO_SITE) }).first().tap();
  await page.getByRole('link', { name: 'Maquette du bâtiment' }).tap();
  await page.getByLabel('Fichier IFC').setInputFiles(join(IFC_FIXTURES, 'duplex.ifc'));
  await page.getByRole('button', { name: 'Déposer la maquette' }).tap();
  const history = page.locator('.bim-history > li').filter({ hasText: 'duplex.ifc' });
  await expect(history).toContainText('prête', { timeout: 60_000 });
  await expect(page.locator('.bim-card').filter({ hasText: 'Pose étanche des fenêtres' })).toContainText('24 fenêtres');

  // The index's own answer for the step's rules on the site's current model, once its compact geometry is made.
  const { sites } = await gql<{ sites: { id: string; name: string }[] }>(request, trainer, '{ sites { id name } }');
  const siteId = sites.find((s) => s.name === DEMO_SITE)!.id;
  type Current = { id: string; fileName: string; geometry: { url: string } | null } | null;
  let model: Current = null;
  await expect(async () => {
    ({ currentSiteModel: model } = await gql<{ currentSiteModel: Current }>(request, trainer, 'query($s: ID) { currentSiteModel(siteId: $s) { id fileName geometry { url } } }', { s: siteId }));
    expect(model?.geometry).not.toBeNull();
  }).toPass({ timeout: 60_000 });
  expect(model!.fileName).toBe('duplex.ifc');
  const total = async (filter: Record<string, unknown>) =>
    (await gql<{ modelElements: { total: number } }>(request, trainer, 'query($m: ID!, $f: ElementFilterInput) { modelElements(modelId: $m, filter: $f) { total } }', { m: model!.id, f: filter })).modelElements.total;
  const matched = (await total({ ifcClass: 'IfcWindow' })) + (await total({ ifcClass: 'IfcDoor', properties: [{ name: 'IsExternal', op: 'eq', boolValue: true }] }));
  expect(matched).toBeGreaterThan(24);

  const created = await gql<{ createModule: { id: string } }>(request, trainer, 'mutation($c: JSON!) { createModule(input: { content: $c }) { id } }', { c: content });
  const published = await gql<{ publishModule: { latestPublished: { id: string } } }>(request, trainer, 'mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }', { id: created.createModule.id });

  // The trainer's editor: the step's rules, and what they match on the chosen site.
  await page.goto(`/modules/${created.createModule.id}/edit`);
  const step = page.getByTestId('step-1');
  await expect(step.getByLabel('Classe IFC')).toHaveCount(2);
  await expect(step.getByLabel('Classe IFC').first()).toHaveValue('IfcWindow');
  await expect(step.getByLabel('Propriété')).toHaveValue('IsExternal');
  await step.getByRole('button', { name: 'Voir ce qui correspond sur un chantier' }).tap();
  await expect(page.getByLabel('Chantier')).toHaveValue(siteId);
  const editorStage = await expectHighlighted(page, matched);
  await editorStage.scrollIntoViewIfNeeded();
  await checkScreen(page);
  await screenshot(page, 'bim-step-editor-matches');

  // A worker signs in on the demo site's tablet and plays the module: the tablet's site, no choice to make.
  await page.evaluate(() => localStorage.removeItem('fit.session'));
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.nameTile('Julien Moreau').tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  await expect(tablet.finish).toBeVisible();
  await page.goto(`/play/${published.publishModule.latestPublished.id}`);
  await expect(page.getByRole('heading', { name: 'Les menuiseries du chantier' })).toBeVisible();
  await expect(page.getByLabel('Chantier')).toHaveCount(0);
  const stage = await expectHighlighted(page, matched);

  // Framed: the highlighted elements fill a good part of the view, not a speck in a corner.
  const box = (await stage.boundingBox())!;
  const orange = await orangePixels(stage);
  expect(orange.count).toBeGreaterThan(0.01 * box.width * box.height);
  expect(Math.abs(orange.x - box.width / 2)).toBeLessThan(box.width / 3);
  expect(Math.abs(orange.y - box.height / 2)).toBeLessThan(box.height / 3);

  // Tapping a highlighted element tells what it is: its name, class and indexed properties.
  await stage.scrollIntoViewIfNeeded();
  const target = await orangePixels(stage);
  await page.touchscreen.tap(target.tapX, target.tapY);
  const selected = page.getByRole('region', { name: 'Élément sélectionné' });
  await expect(selected).toContainText(/IfcWindow|IfcDoor/);
  await expect(selected).toContainText('IsExternal');
  await checkScreen(page);
  await screenshot(page, 'bim-step-worker');

  // Offline, the step still draws: the geometry comes from the tablet's cache.
  const cached = await page.evaluate(async (url) => Boolean(await (await caches.open('fit-bim-geometry-v1')).match(url)), model!.geometry!.url);
  expect(cached).toBe(true);
});
