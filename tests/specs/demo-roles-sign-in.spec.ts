// Each demo staff account signs in and lands on the home of its own role.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION, DEMO_SITE, type StaffRole } from '../support/demo';
import { screenshot } from '../support/screens';

const HOME_TITLES: Record<StaffRole, string> = {
  admin: 'Administration',
  trainer: 'Chantiers de formation',
  manager: 'Chantiers et équipes',
  facilitator: 'Clause sociale et parcours',
  planner: 'Prospective des compétences',
};

for (const role of ['trainer', 'manager', 'admin'] as const) {
  test(`the demo ${role} signs in and sees the ${role} home`, async ({ page }) => {
    const login = new LoginPage(page);
    const shell = new AppShell(page);
    await login.signInAs(role);

    await expect(shell.heading).toHaveText(HOME_TITLES[role]);
    await expect(shell.header).toContainText(DEMO_ACCOUNTS[role].name);
    await expect(shell.header).toContainText(DEMO_ORGANISATION);
    if (role === 'admin') {
      await expect(shell.main.getByRole('heading', { name: 'Vos adhésions' })).toBeVisible();
      await expect(shell.main.getByRole('listitem').filter({ hasText: DEMO_ORGANISATION })).toContainText(
        'Administrateur',
      );
    } else {
      await expect(shell.main.getByRole('heading', { name: DEMO_SITE })).toBeVisible();
      await expect(shell.main).toContainText('12 rue des Tilleuls, 69003 Lyon');
    }
    await screenshot(page, `home-${role}`);
  });
}

test('"/" sends a signed-in person to their own home and other role homes send them back', async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.signInAs('trainer');
  await page.goto('/');
  await expect(page).toHaveURL(/\/trainer$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/trainer$/);
});

test('signing out returns to the login screen and forgets the session', async ({ page }) => {
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('manager');
  await shell.signOut.tap();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/manager');
  await expect(page).toHaveURL(/\/login$/);
});

test('the manager home reads well on a portrait tablet', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const login = new LoginPage(page);
  await login.signInAs('manager');
  await expect(page.getByRole('heading', { name: DEMO_SITE })).toBeVisible();
  await screenshot(page, 'home-manager-portrait');
});
