// The login screen explains what is wrong: a refused password from the server, a malformed email before any request.
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_ACCOUNTS } from '../support/demo';
import { screenshot } from '../support/screens';

test('a wrong password shows a clear error and keeps the person on the login screen', async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(DEMO_ACCOUNTS.trainer.email, 'not-the-password');
  await expect(login.alert).toHaveText(
    'Cette adresse e-mail et ce mot de passe ne correspondent à aucun compte.',
  );
  await expect(page).toHaveURL(/\/login$/);
  await expect(login.submit).toBeEnabled();
  await screenshot(page, 'login-wrong-password');
});

test('an invalid email is refused on the tablet before anything is sent', async ({ page }) => {
  const graphqlRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') graphqlRequests.push(request.url());
  });
  const login = new LoginPage(page);
  await login.open();
  await login.signIn('trainer@fit', 'fit-demo');
  await expect(login.fieldError('Cette adresse e-mail est incomplète')).toBeVisible();
  await expect(login.email).toHaveAttribute('aria-invalid', 'true');
  await expect(login.email).toBeFocused();
  expect(graphqlRequests).toEqual([]);
  await screenshot(page, 'login-invalid-email');
});

test('pressing Enter in the password field signs in', async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.email.fill(DEMO_ACCOUNTS.admin.email);
  await login.password.fill('fit-demo');
  await login.password.press('Enter');
  await expect(page).toHaveURL(/\/admin$/);
});
