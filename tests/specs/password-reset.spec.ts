// A forgotten password: "Forgot password?" on the login page, the same answer for any address, the single-use link
// (produced by the organisation's admin on the members screen, as when no e-mail goes out), a new password, the old
// one refused, and the link refused the second time with a page that says why.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { gql, staffToken } from '../support/api';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

test('a trainer who forgot their password sets a new one through a reset link, which then works no more', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  // A trainer of their own, invited and signed up through the API, so no other spec's account changes.
  const admin = await staffToken(request, 'admin');
  const me = await gql<{ me: { organisation: { id: string } } }>(request, admin, '{ me { organisation { id } } }');
  const email = `oubli-${Date.now().toString(36)}@renov.fr`;
  const name = `Inès Oubli ${Date.now().toString(36)}`;
  const invited = await gql<{ createInvitation: { link: string } }>(request, admin, 'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { link } }', {
    i: { organisationId: me.me.organisation.id, email, role: 'trainer' },
  });
  const invitationToken = invited.createInvitation.link.split('/').pop()!;
  await gql(request, '', 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }', {
    i: { token: invitationToken, displayName: name, password: 'ancien-mot-de-passe' },
  });

  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.open();
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).tap();
  await expect(shell.heading).toHaveText('Mot de passe oublié ?');
  await checkScreen(page);
  await screenshot(page, 'password-forgot');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('button', { name: "M'envoyer un lien" }).tap();
  await expect(shell.heading).toHaveText('Consultez vos e-mails');
  await expect(page.getByRole('status')).toContainText(`Si ${email} correspond à un compte FIT`);
  await checkScreen(page);
  await screenshot(page, 'password-forgot-sent');

  // No SMTP in this run: the organisation's admin produces the link on the members screen.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const adminLogin = new LoginPage(adminPage);
  await adminLogin.open();
  await adminLogin.signIn(DEMO_ACCOUNTS.admin.email, DEMO_PASSWORD);
  await expect(adminPage).toHaveURL(/\/admin$/);
  await adminPage.getByRole('link', { name: "Membres de l'organisation" }).tap();
  await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText('Membres');
  const row = adminPage.getByRole('listitem').filter({ hasText: name });
  await expect(row).toContainText('Dernière connexion');
  await row.getByRole('button', { name: `Lien de nouveau mot de passe — ${name}` }).tap();
  const link = (await row.locator('code').textContent())!;
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
  await checkScreen(adminPage);
  await screenshot(adminPage, 'members-reset-link');
  await adminContext.close();

  const path = new URL(link).pathname;
  await page.goto(path);
  await expect(shell.heading).toHaveText('Choisir un nouveau mot de passe');
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
  await page.getByLabel('Le nouveau mot de passe, à nouveau').fill('court');
  await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).tap();
  await expect(page.getByText('Le mot de passe doit comporter au moins 8 caractères.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'password-reset-form');
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('nouveau-mot-de-passe');
  await page.getByLabel('Le nouveau mot de passe, à nouveau').fill('nouveau-mot-de-passe');
  await page.getByRole('button', { name: 'Enregistrer le nouveau mot de passe' }).tap();
  await expect(shell.heading).toHaveText('Mot de passe changé');
  await checkScreen(page);
  await screenshot(page, 'password-reset-done');

  // The link worked once.
  await page.goto(path);
  await expect(shell.heading).toHaveText('Ce lien a déjà servi');
  await expect(page.getByRole('alert')).toContainText('Un lien de réinitialisation ne sert qu\'une fois.');
  await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'password-reset-used');

  // The old password no longer opens the account; the new one does.
  await login.open();
  await login.signIn(email, 'ancien-mot-de-passe');
  await expect(login.alert).toContainText('ne correspondent à aucun compte');
  await login.signIn(email, 'nouveau-mot-de-passe');
  await expect(page).toHaveURL(/\/trainer$/);
});
