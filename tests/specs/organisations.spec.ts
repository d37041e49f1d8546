// Organisations end to end: a network admin creates an organisation and invites its manager by link; the invitee
// joins; dead links say why; a worker locked out of the tablet shows up in the manager's notifications.
import { expect, test, type Page } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { queryDb } from '../support/database';
import { checkScreen, screenshot } from '../support/screens';

const NETWORK = 'Maison de l’emploi Démo';

async function openInvitationLink(page: Page, link: string): Promise<void> {
  // The link carries the server's PUBLIC_URL; the test server listens on its own port, so keep only the path.
  await page.goto(new URL(link).pathname);
}

test('a network admin creates an organisation and invites a manager, who sets a password and lands on the manager home', async ({
  page,
}) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  const suffix = Date.now().toString(36);
  const orgName = `Rénov’ Lyon ${suffix}`;
  const email = `gerante-${suffix}@renov-lyon.fr`;

  await login.signInAs('admin');
  await page.getByRole('button', { name: 'Compte' }).tap();
  // In the account menu: the admin home also names the network body on its sharing buttons.
  await shell.header.getByRole('button', { name: new RegExp(NETWORK) }).tap();
  await expect(shell.header).toContainText(NETWORK);
  await page.getByRole('link', { name: 'Organisations et invitations' }).tap();
  await expect(shell.heading).toHaveText('Organisations');
  await expect(page.getByRole('listitem').filter({ hasText: 'Rénovation Démo SARL' })).toBeVisible();

  // Nothing typed: each field says what it needs, and nothing is sent.
  await page.getByRole('button', { name: 'Créer l’organisation' }).tap();
  await expect(page.getByText('Saisissez un nom de 2 à 120 caractères.')).toBeVisible();
  await expect(page.getByText('Saisissez un nom court.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'organisations-errors');

  await page.getByLabel('Nom', { exact: true }).fill(orgName);
  // The short web name is proposed from the name.
  await expect(page.getByLabel('Nom court pour le web')).toHaveValue(`renov-lyon-${suffix}`);
  await page.getByRole('radio', { name: /Entreprise/ }).check();
  await page.getByRole('button', { name: 'Créer l’organisation' }).tap();
  await expect(page.getByRole('status').filter({ hasText: `${orgName} est créée` })).toBeVisible();
  const row = page.getByRole('listitem').filter({ hasText: orgName });
  await expect(row).toContainText('Entreprise');
  await checkScreen(page);
  await screenshot(page, 'organisations');

  // The same short name again is refused with a clear message.
  await page.getByLabel('Nom', { exact: true }).fill(`${orgName} bis`);
  await page.getByLabel('Nom court pour le web').fill(`renov-lyon-${suffix}`);
  await page.getByRole('button', { name: 'Créer l’organisation' }).tap();
  await expect(page.getByRole('alert')).toHaveText(`Le nom court « renov-lyon-${suffix} » est déjà pris. Choisissez-en un autre.`);

  await row.getByRole('link', { name: `Inviter dans ${orgName}` }).tap();
  await expect(shell.heading).toHaveText(`Invitations dans ${orgName}`);
  await expect(page.getByText('Aucune invitation pour l’instant.')).toBeVisible();
  await page.getByLabel('Adresse email').fill('pas-une-adresse');
  await page.getByRole('button', { name: 'Créer l’invitation' }).tap();
  await expect(page.getByText('Saisissez une adresse comme nom@entreprise.fr.')).toBeVisible();
  await page.getByLabel('Adresse email').fill(email);
  await page.getByRole('radio', { name: /Responsable/ }).check();
  await page.getByRole('button', { name: 'Créer l’invitation' }).tap();
  await expect(page.getByText(`Invitation prête pour ${email} : envoyez-lui ce lien.`)).toBeVisible();
  const link = (await page.getByTestId('invitation-link').textContent()) ?? '';
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('button', { name: 'Copier le lien' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: email })).toContainText('en attente');
  await checkScreen(page);
  await screenshot(page, 'invitations');

  await shell.signOut.tap();
  await openInvitationLink(page, link);
  await expect(shell.heading).toHaveText(`Rejoindre ${orgName} sur FIT`);
  await expect(page.getByText(`Votre compte sera ${email}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Créer mon compte et rejoindre' }).tap();
  await expect(page.getByText('Saisissez votre nom (au moins 2 caractères).')).toBeVisible();
  await page.getByLabel('Votre nom').fill('Gaëlle Gérante');
  await page.getByLabel('Choisissez un mot de passe').fill('un-bon-mot-de-passe');
  await page.getByLabel('Saisissez-le à nouveau').fill('un-autre-mot-de-passe');
  await page.getByRole('button', { name: 'Créer mon compte et rejoindre' }).tap();
  await expect(page.getByText('Les deux mots de passe sont différents.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'accept-invitation');

  await page.getByLabel('Saisissez-le à nouveau').fill('un-bon-mot-de-passe');
  await page.getByRole('button', { name: 'Créer mon compte et rejoindre' }).tap();
  await expect(page).toHaveURL(/\/manager$/);
  await expect(shell.heading).toHaveText('Chantiers et équipes');
  await expect(shell.header).toContainText('Gaëlle Gérante');
  await expect(shell.header).toContainText(`${orgName} · Responsable`);
  await checkScreen(page);
  await screenshot(page, 'invitee-manager-home');

  // The new account signs in with its password from now on; the link has served once.
  await shell.signOut.tap();
  await openInvitationLink(page, link);
  await expect(shell.heading).toHaveText('Cette invitation a déjà servi');
  await expect(page.getByRole('alert')).toContainText('Connectez-vous avec votre email et votre mot de passe.');
  await login.open();
  await login.signIn(email, 'un-bon-mot-de-passe');
  await expect(page).toHaveURL(/\/manager$/);
});

test('an unknown or expired invitation link says so and what to do', async ({ page, request }) => {
  const shell = new AppShell(page);
  await page.goto('/invite/this-is-not-a-real-invitation-token-000000000');
  await expect(shell.heading).toHaveText('Ce lien d’invitation ne marche pas');
  await expect(page.getByRole('alert')).toContainText('Demandez un nouveau lien');
  await expect(page.getByRole('link', { name: 'Aller à la page de connexion' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'invitation-unknown');

  const token = await staffToken(request, 'manager');
  const me = await gql<{ me: { organisation: { id: string } } }>(request, token, '{ me { organisation { id } } }');
  const email = `retard-${Date.now().toString(36)}@renov.fr`;
  const created = await gql<{ createInvitation: { link: string } }>(
    request,
    token,
    'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { link } }',
    { i: { organisationId: me.me.organisation.id, email, role: 'trainer' } },
  );
  await queryDb(`update invitations set expires_at = now() - interval '1 hour' where email = $1`, [email]);
  await openInvitationLink(page, created.createInvitation.link);
  await expect(shell.heading).toHaveText('Cette invitation a expiré');
  await expect(page.getByRole('alert')).toContainText('Demandez-en un nouveau à la personne qui vous a invité·e dans Rénovation Démo SARL.');
  await expect(page.getByRole('form')).toHaveCount(0);
  await checkScreen(page);
  await screenshot(page, 'invitation-expired');
});

test('after five wrong PINs on the tablet, the manager finds the lock-out in the notifications and marks it read', async ({
  page,
}) => {
  const tablet = new TabletPage(page);
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await tablet.pairWithDemoTablet();
  await tablet.nameTile('Claire Dubois').tap();
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await tablet.typePin('0000');
    await expect(tablet.feedback).toHaveText(new RegExp(`Encore ${5 - attempt} essais?`));
  }
  await tablet.typePin('0000');
  await expect(tablet.feedback).toContainText('Trop de codes faux');

  // The same browser becomes the office PC again.
  await page.evaluate(() => localStorage.removeItem('fit.device'));
  await login.signInAs('manager');
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(/Notifications : \d+ non lues?/);
  await checkScreen(page);
  await screenshot(page, 'manager-home-bell');
  const before = Number((await bell.getAttribute('aria-label'))?.match(/(\d+)/)?.[1]);

  await bell.tap();
  await expect(shell.heading).toHaveText('Notifications');
  const item = page.getByRole('listitem').filter({ hasText: 'Claire Dubois' }).first();
  await expect(item).toContainText('Ouvrier bloqué sur une tablette');
  await expect(item).toContainText('Nouveau');
  await checkScreen(page);
  await screenshot(page, 'notifications-inbox');

  await item.getByRole('button', { name: 'Marquer comme lue' }).tap();
  await expect(item.getByRole('button', { name: 'Marquer comme lue' })).toHaveCount(0);
  await expect(item).not.toContainText('Nouveau');
  await expect(bell).toHaveAccessibleName(before - 1 > 0 ? `Notifications : ${before - 1} non lue${before - 1 > 1 ? 's' : ''}` : 'Notifications');
});
