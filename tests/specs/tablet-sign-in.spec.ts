// The site tablet end to end: a manager sets it up (one-time code, used in this browser), workers sign in by PIN, finish, and get locked after five wrong PINs.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { DEMO_SITE, DEMO_WORKER_PIN } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

test('a manager enrols a tablet, a worker signs in on it by PIN, and finishing returns to the name picker', async ({
  page,
}) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  const tablet = new TabletPage(page);
  const graphqlBodies: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') graphqlBodies.push(request.postData() ?? '');
  });
  await login.signInAs('manager');

  await page.getByRole('link', { name: new RegExp(`équipe et tablettes — ${DEMO_SITE}`, 'i') }).tap();
  await expect(shell.heading).toHaveText(DEMO_SITE);
  await page.getByLabel('Nom de la tablette').fill('Tablette de la base vie');
  await page.getByRole('button', { name: 'Configurer une tablette' }).tap();
  const setup = page.getByRole('region', { name: 'Code de configuration de « Tablette de la base vie »' });
  await expect(setup).toBeVisible();
  // The one-time code and its QR, never the device token; focus moves to it.
  await expect(setup.locator('code')).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(setup.getByRole('img', { name: /QR code pour configurer/ })).toBeVisible();
  await expect(setup.getByRole('heading')).toBeFocused();
  await checkScreen(page);
  await screenshot(page, 'tablet-admin');

  await page.getByRole('button', { name: 'Utiliser ce navigateur comme tablette' }).tap();
  await expect(page).toHaveURL(/\/tablet$/);
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?');
  for (const name of ['Julien Moreau', 'Fatima Benali', 'Kevin Martin']) {
    await expect(tablet.nameTile(name)).toBeVisible();
  }
  await checkScreen(page);
  await screenshot(page, 'tablet-crew-picker');

  // The pack's first check is answered at once: the tablet's own key came with the set-up code, nothing to register.
  const pack = page.getByTestId('site-pack');
  await pack.getByRole('button', { name: 'Télécharger pour le hors ligne' }).tap();
  await expect(pack).toContainText(/à télécharger/);

  await tablet.nameTile('Julien Moreau').tap();
  await expect(tablet.heading).toHaveText('Julien Moreau, entrez votre code');
  await checkScreen(page);
  await screenshot(page, 'tablet-pin-pad');
  await tablet.typePin(DEMO_WORKER_PIN);

  await expect(shell.heading).toHaveText('Modules du jour');
  await expect(shell.header).toContainText('Julien Moreau');
  await checkScreen(page);
  await screenshot(page, 'tablet-worker-home');

  await tablet.finish.tap();
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?');
  // Nothing of the worker's session is left for the next person.
  expect(await page.evaluate(() => localStorage.getItem('fit.session'))).toBeNull();

  // The tablet's own key went with the set-up code (its public half only); the site pack needed no registration.
  const enrolment = graphqlBodies.map((b) => JSON.parse(b) as { query: string; variables: { publicKey?: string } }).find((b) => b.query.includes('enrolTabletWithCode'));
  expect(JSON.parse(enrolment?.variables.publicKey ?? '{}')).toMatchObject({ kty: 'RSA', alg: 'RSA-OAEP-256' });
  expect(graphqlBodies.filter((b) => b.includes('registerTabletKey'))).toEqual([]);
});

test('a PIN can be typed on a keyboard too', async ({ page }) => {
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.nameTile('Amadou Diallo').tap();
  await expect(tablet.heading).toHaveText('Amadou Diallo, entrez votre code');
  // The demo's PIN has four digits (set before six were required): Enter sends it, as the OK key does.
  await page.keyboard.type(DEMO_WORKER_PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modules du jour');
  await tablet.finish.tap();
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?');
});

test('five wrong PINs lock the worker on this tablet and say for how long', async ({ page }) => {
  const tablet = new TabletPage(page);
  await tablet.pairWithDemoTablet();
  await tablet.nameTile('Kevin Martin').tap();

  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await tablet.typePin('0000');
    await expect(tablet.feedback).toHaveText(new RegExp(`Encore ${5 - attempt} essais?`));
  }
  await tablet.typePin('0000');
  await expect(tablet.feedback).toContainText('Trop de codes faux');
  await expect(tablet.feedback).toContainText(/15 minutes/);
  await expect(tablet.key('1')).toBeDisabled();
  await checkScreen(page);
  await screenshot(page, 'tablet-pin-locked');

  // Even the right PIN is refused until the lock ends.
  await page.goto('/tablet');
  await tablet.nameTile('Kevin Martin').tap();
  await tablet.typePin(DEMO_WORKER_PIN);
  await expect(tablet.feedback).toContainText('Trop de codes faux');
});
