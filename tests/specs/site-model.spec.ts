// The site's building model end to end: upload an IFC version, follow its parsing, the summary and the
// recommendations, and the 3D viewer with a topic's elements highlighted.
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { LoginPage } from '../pages/LoginPage';
import { AppShell } from '../pages/AppShell';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

// Fixtures stay outside the repository (see SOURCES.md there); read from ../shared relative to the repo root.
const IFC_FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'ifc');

// Headless Chromium without a GPU: WebGL through SwiftShader, so the canvas really draws the model.
test.use({ launchOptions: { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run'] } });

test('a trainer uploads an IFC model, sees it read, what applies, and the windows highlighted in 3D', async ({ page }) => {
  test.setTimeout(90_000);
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('trainer');
  await page.getByRole('link', { name: new RegExp(DEMO_SITE) }).first().tap();
  await expect(shell.heading).toHaveText(DEMO_SITE);
  await page.getByRole('link', { name: 'Maquette du bâtiment' }).tap();
  await expect(shell.heading).toHaveText('Maquette du bâtiment');

  const fileInput = page.getByLabel('Fichier IFC');
  await fileInput.setInputFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await page.getByRole('button', { name: 'Déposer la maquette' }).tap();
  await expect(page.getByRole('alert')).toContainText('Ce n’est pas un fichier IFC');
  await checkScreen(page);

  await fileInput.setInputFiles(join(IFC_FIXTURES, 'IfcOpenHouse_IFC4.ifc'));
  await page.getByRole('button', { name: 'Déposer la maquette' }).tap();
  const uploaded = page.locator('.bim-done');
  await expect(uploaded).toContainText('IfcOpenHouse_IFC4.ifc a été déposé.');
  const history = page.locator('.bim-history > li').filter({ hasText: 'IfcOpenHouse_IFC4.ifc' });
  await expect(history).toContainText('prête', { timeout: 30_000 });
  // Reading is over: the message no longer says FIT is reading it.
  await expect(uploaded).toHaveText('IfcOpenHouse_IFC4.ifc a été déposé.');
  await expect(history).toContainText(/Depuis la version \d+ : \d+ ajoutés, \d+ retirés\./);
  const version = Number((await history.locator('strong').textContent())?.match(/\d+/)?.[0]);
  await expect(page.getByRole('heading', { name: `Contenu de la version ${version}` })).toBeVisible();
  await expect(page.getByText(/^\d+ éléments · IfcOpenHouse_IFC4\.ifc · IFC4$/)).toBeVisible();
  await expect(page.getByRole('row', { name: /IfcWindow/ })).toContainText('5');

  const windows = page.locator('.bim-card').filter({ hasText: 'Pose étanche des fenêtres' });
  await expect(windows).toContainText('5 fenêtres');
  await expect(windows.getByRole('link', { name: 'Trouver le module à assigner' })).toHaveAttribute('href', '/modules?topic=airtightness');
  await windows.getByRole('button', { name: 'Voir les 5 éléments en 3D' }).tap();

  const stage = page.getByRole('img', { name: /Vue 3D de la maquette avec les éléments de « Pose étanche des fenêtres »/ });
  await expect(stage).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: '5 éléments en surbrillance' })).toBeVisible();
  await expect(page.locator('.model-viewer__list li')).toHaveCount(5);

  // The highlight colour is on screen: the model was drawn, not a blank canvas.
  const orange = await stage.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const probe = document.createElement('canvas');
    probe.width = canvas.width;
    probe.height = canvas.height;
    const ctx = probe.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const { data } = ctx.getImageData(0, 0, probe.width, probe.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] > 180 && data[i + 1] > 60 && data[i + 1] < 170 && data[i + 2] < 90) count++;
    return count;
  });
  expect(orange, 'highlighted (orange) pixels in the 3D view').toBeGreaterThan(200);

  await stage.focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'N’afficher que ces éléments' }).tap();
  await expect(page.getByRole('button', { name: 'N’afficher que ces éléments' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'N’afficher que ces éléments' }).tap();
  await checkScreen(page);
  await screenshot(page, 'site-model-viewer');
});
