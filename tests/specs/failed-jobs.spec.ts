// The operator (admin of the network body) sees background jobs that failed after their retries on /organisations
// (the API refuses the list to anyone else: api/src/common/jobs/jobs.integration-spec.ts).
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { queryDb } from '../support/database';
import { checkScreen } from '../support/screens';

const NETWORK = 'Maison de l’emploi Démo';

test('the network admin sees the failed background jobs, with their queue and error', async ({ page }) => {
  // A job that used up its retries, as pg-boss keeps it (the queue exists once the server has started).
  await queryDb(
    `insert into pgboss.job (name, data, state, retry_count, output, completed_on)
     values ('bim.parse', '{"modelId":"e2e"}', 'failed', 4, '{"message":"The IFC file cannot be read"}', now())`,
  );
  const login = new LoginPage(page);
  const shell = new AppShell(page);
  await login.signInAs('admin');
  await page.getByRole('button', { name: 'Compte' }).tap();
  // In the account menu: the admin home also names the network body on its sharing buttons.
  await shell.header.getByRole('button', { name: new RegExp(NETWORK) }).tap();
  await expect(shell.header).toContainText(NETWORK);
  await page.getByRole('link', { name: 'Organisations et invitations' }).tap();
  const section = page.getByRole('region', { name: 'Tâches de fond en échec' });
  await expect(section).toBeVisible();
  const row = section.getByRole('listitem').filter({ hasText: 'bim.parse' });
  await expect(row).toContainText('The IFC file cannot be read');
  await expect(row).toContainText('4 nouvelles tentatives');
  await checkScreen(page);
});
