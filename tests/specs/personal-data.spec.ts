// Personal data end to end: a manager, on a worker's behalf, downloads the worker's data from the passport and
// records an erasure request; an admin executes it on /personal-data, after which the worker is shown only under a
// pseudonym; the admin sets how long evidence photos are kept. The worker is made here, so no other spec's data is
// touched.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { gql, staffToken } from '../support/api';
import { checkScreen, screenshot } from '../support/screens';

const OUTPUT = join(import.meta.dirname, '..', 'output', 'screenshots');

test('a manager downloads a worker’s data and asks for erasure; an admin erases; retention is set', async ({ page, request }) => {
  test.setTimeout(180_000);
  const name = `Lina Morel ${randomBytes(2).toString('hex').toUpperCase()}`;
  const manager = await staffToken(request, 'manager');
  const added = await gql<{ addWorker: { worker: { id: string } } }>(
    request,
    manager,
    'mutation($i: AddWorkerInput!) { addWorker(input: $i) { worker { id } } }',
    { i: { displayName: name, language: 'fr', trade: 'Menuisière' } },
  );
  const workerId = added.addWorker.worker.id;

  await new LoginPage(page).signInAs('manager');
  await page.goto(`/passport/${workerId}`);
  const section = page.getByRole('region', { name: 'Données personnelles de ce salarié' });
  await expect(section).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Télécharger ses données (JSON)' }).tap()]);
  const path = join(OUTPUT, 'personal-data.json');
  await download.saveAs(path);
  const data = JSON.parse(readFileSync(path, 'utf8')) as { person: { displayName: string }; scope: unknown };
  expect(data.person.displayName).toBe(name);
  expect(data.scope).toEqual({ organisation: expect.any(String) });
  await section.getByRole('button', { name: 'Demander l’effacement' }).tap();
  await section.getByRole('button', { name: 'Oui, envoyer la demande' }).tap();
  await expect(section.getByRole('status')).toContainText('Effacement demandé le');
  await checkScreen(page);
  await screenshot(page, 'personal-data-passport');

  await page.evaluate(() => localStorage.clear());
  await new LoginPage(page).signInAs('admin');
  await page.getByRole('link', { name: 'Données personnelles' }).tap();
  await expect(page).toHaveURL(/\/personal-data$/);
  const item = page.getByRole('listitem').filter({ hasText: name });
  await expect(item).toContainText('demandé par');
  await checkScreen(page);
  await screenshot(page, 'personal-data-requests');
  await item.getByRole('button', { name: 'Effacer maintenant' }).tap();
  await item.getByRole('button', { name: 'Oui, effacer' }).tap();
  const erased = page.getByRole('listitem').filter({ hasText: 'Effacé par' });
  await expect(erased).toContainText(/P-[A-Z2-9]{8}/);
  await expect(page.getByText(name)).toHaveCount(0);

  await page.getByLabel('Conserver les photos de preuve (années)').fill('5');
  await page.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(page.getByRole('status')).toHaveText('Enregistré.');
  await expect(page.getByText('Les photos de preuve sont supprimées 5 ans après la prise de vue.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'personal-data-erased');

  // Every answer now shows the pseudonym.
  const workers = await gql<{ workers: { id: string; displayName: string }[] }>(request, manager, '{ workers { id displayName } }');
  expect(workers.workers.find((w) => w.id === workerId)?.displayName).toMatch(/^P-[A-Z2-9]{8}$/);
});
