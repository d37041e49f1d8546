// Open Badges end to end: a worker downloads the PDF certificate of a demo award from the passport on the tablet;
// the certificate's QR code opens /verify, which shows it valid; the manager revokes it from the worker's passport;
// the same QR code now shows it revoked. The PDF is rendered to PNG (pdftoppm) for a look at the page.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { chooseLanguage } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { pageSession } from '../support/api';
import { checkScreen, screenshot } from '../support/screens';

const HOLDER = 'João Ferreira'; // holds EXFR-Q1 in the demo, signed during the seed
const OUTPUT = join(import.meta.dirname, '..', 'output', 'screenshots');

/** Renders the first page of the PDF and reads the QR code printed on it (200 dpi: at 110 a long verification URL
 * gives modules too small for the decoder, though a phone reads the printed code). */
function qrLinkOf(pdfPath: string, name: string): string {
  mkdirSync(OUTPUT, { recursive: true });
  const prefix = join(OUTPUT, name);
  execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdfPath, prefix]);
  const png = PNG.sync.read(readFileSync(`${prefix}.png`));
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, 'a QR code on the certificate').not.toBeNull();
  return code!.data;
}

async function openVerifyLink(page: Page, link: string) {
  const url = new URL(link);
  expect(url.pathname).toBe('/verify');
  // PUBLIC_URL names localhost; the test server listens on 127.0.0.1: same app, path and query are what matter.
  await page.goto(`${url.pathname}${url.search}`);
}

test('a worker downloads the certificate; its QR code verifies it; revoked by the manager, it reads revoked', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.signIn(HOLDER);
  const worker = await pageSession(page);
  await page.goto('/passport');
  const badges = page.getByRole('region', { name: 'Open Badges : des certificats vérifiables par tous' });
  const item = badges.getByRole('listitem').filter({ hasText: 'EXFR-Q1' });
  await expect(item).toContainText('Valide');
  await checkScreen(page);
  await screenshot(page, 'passport-credentials');

  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: 'Certificat PDF (français)' }).tap()]);
  const pdfPath = join(OUTPUT, 'certificate-fr.pdf');
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  const link = qrLinkOf(pdfPath, 'certificate-fr');
  const [english] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: 'Certificat PDF (anglais)' }).tap()]);
  await english.saveAs(join(OUTPUT, 'certificate-en.pdf'));
  qrLinkOf(join(OUTPUT, 'certificate-en.pdf'), 'certificate-en');

  // The whole passport for a Europass wallet.
  const [elm] = await Promise.all([page.waitForEvent('download'), badges.getByRole('button', { name: 'Exporter le passeport (Europass, European Learning Model)' }).tap()]);
  const elmPath = join(OUTPUT, 'passport-elm.jsonld');
  await elm.saveAs(elmPath);
  const passport = JSON.parse(readFileSync(elmPath, 'utf8')) as { type: string[]; credentialSubject: { hasClaim: { type: string }[] } };
  expect(passport.type).toContain('EuropeanDigitalCredential');
  expect(passport.credentialSubject.hasClaim.map((c) => c.type)).toContain('LearningAchievement');

  // Anyone, signed in or not, opens the QR code's link.
  const visitorContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'fr-FR', hasTouch: true, viewport: { width: 1024, height: 768 } });
  const visitor = await visitorContext.newPage();
  await openVerifyLink(visitor, link);
  await expect(visitor.getByTestId('verdict')).toHaveText('Valide : signé par son émetteur, non révoqué, en cours de validité');
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Signature' })).toContainText('✓');
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Signature' })).toContainText('Signée avec');
  await checkScreen(visitor);
  await screenshot(visitor, 'verify-valid');

  // The manager withdraws it from the worker's passport, with a reason.
  await page.evaluate(() => localStorage.clear());
  await new LoginPage(page).signInAs('manager');
  await page.goto(`/passport/${worker.userId}`);
  const staffItem = page.getByRole('region', { name: 'Open Badges : des certificats vérifiables par tous' }).getByRole('listitem').filter({ hasText: 'EXFR-Q1' });
  await staffItem.getByRole('button', { name: 'Révoquer…' }).tap();
  await staffItem.getByLabel('Motif de la révocation').fill('Dossier de formation incomplet');
  await checkScreen(page);
  await staffItem.getByRole('button', { name: 'Révoquer le certificat' }).tap();
  await expect(staffItem).toContainText('Révoqué');
  await expect(staffItem).toContainText('Dossier de formation incomplet');
  await screenshot(page, 'passport-credential-revoked');

  await openVerifyLink(visitor, link);
  await expect(visitor.getByTestId('verdict')).toHaveText('Révoqué par son émetteur');
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Révocation' })).toContainText('Révoquée par');
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Révocation' })).toContainText('Dossier de formation incomplet');
  await checkScreen(visitor);
  await screenshot(visitor, 'verify-revoked');

  // In English too, with the same checks.
  await chooseLanguage(visitor, 'English');
  await expect(visitor.getByTestId('verdict')).toHaveText('Revoked by its issuer');
  // The checks' details follow the interface's language, the machine values (verdict, check names) stay the same.
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Revocation' })).toContainText('Revoked by');
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Signature' })).toContainText('Signed with');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Check a certificate');
  await checkScreen(visitor);
  await screenshot(visitor, 'verify-revoked-en');
  await chooseLanguage(visitor, 'Français');

  // Pasting something that is not a badge gets a clear verdict.
  await visitor.goto('/verify');
  await visitor.getByLabel('Certificat (JSON)').fill('{"hello": "world"}');
  await visitor.getByRole('button', { name: 'Vérifier', exact: true }).tap();
  await expect(visitor.getByTestId('verdict')).toHaveText('Ce n’est pas un certificat Open Badges 3.0');
  await visitorContext.close();
});
