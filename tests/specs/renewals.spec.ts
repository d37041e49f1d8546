// Renewal per ULO end to end: the manager sees on the site's page the skills of the crew lapsing within 90 days (Claire
// Dubois's EXDE-Q2 in the demo) and the modules that renew each, not yet assigned; the admin runs the day's renewal
// check; the manager then sees them assigned, each due before its lapse.
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { gql, staffToken } from '../support/api';
import { DEMO_SITE } from '../support/demo';
import { queryDb } from '../support/database';
import { checkScreen, screenshot } from '../support/screens';

test('the manager sees the crew’s skills lapsing in 90 days and their renewal modules, assigned by the renewal check', async ({ page, request }) => {
  await new LoginPage(page).signInAs('manager');
  await page.getByRole('link', { name: new RegExp(DEMO_SITE) }).first().tap();
  const section = page.getByRole('region', { name: 'Renouvellements dans les 90 prochains jours' });
  await expect(section).toBeVisible();
  const claire = section.getByRole('row').filter({ hasText: 'Claire Dubois' });
  await expect(claire.first()).toBeVisible();
  await expect(claire.getByRole('cell', { name: 'Pas encore attribué', exact: true }).first()).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'site-renewals-before');

  const admin = await staffToken(request, 'admin');
  const { runRenewals } = await gql<{ runRenewals: { assigned: number } }>(request, admin, 'mutation { runRenewals { assigned workers } }');
  expect(runRenewals.assigned).toBeGreaterThan(0);
  await page.reload();
  await expect(claire.getByRole('cell', { name: 'Attribué', exact: true }).first()).toBeVisible();
  await expect(claire.getByRole('cell', { name: 'Pas encore attribué', exact: true })).toHaveCount(0);
  await expect(claire.first()).toContainText('EXDE-Q2');
  await checkScreen(page);
  await screenshot(page, 'site-renewals');

  // Each renewal assignment is due before the ULO lapses, and covers one of Claire's expiring ULOs only.
  const rows = await queryDb<{ due_on: string; reason: string }>(
    `select a.due_on::text as due_on, a.reason from assignments a join users u on u.id = a.worker_id
      where u.display_name = 'Claire Dubois' and a.reason like 'Renouvellement%' and a.state = 'open'`,
  );
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const lapse = /\((\d{4}-\d{2}-\d{2})\)/.exec(row.reason)![1]!;
    expect(row.due_on < lapse).toBe(true);
  }
});
