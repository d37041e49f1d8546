// A site over its whole life: a manager creates it (bad dates, an unknown time zone and a duplicate name are refused
// next to their field), chooses its crew (workers and a whole team), sets up a tablet with a one-time code, assigns a module there, and closes
// it at the end: the tablet is refused, the site moves to the closed list, its records stay.
import { expect, test } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { TabletPage } from '../pages/TabletPage';
import { gql, staffToken } from '../support/api';
import { queryDb } from '../support/database';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test('a manager creates a site, sets up its tablet, assigns a module there and closes it', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  // A name of its own per run, sorting after the demo site so specs that take the first site keep the demo's.
  const siteName = `Salle des fêtes de Vaulx ${run}`;
  // Two workers of its own: closing the site ends their assignments, never the demo crew's.
  // Three workers of its own (one of them in a team of its own): closing the site ends their assignments, never the
  // demo crew's.
  const crew = [`Yanis Roux ${run}`, `Léa Girard ${run}`];
  const teamWorker = `Noé Blanc ${run}`;
  const teamName = `Équipe façade ${run}`;
  const manager = await staffToken(request, 'manager');
  const ids: string[] = [];
  for (const displayName of [...crew, teamWorker]) {
    const added = await gql<{ addWorker: { worker: { id: string } } }>(request, manager, 'mutation($i: AddWorkerInput!) { addWorker(input: $i) { worker { id } } }', {
      i: { displayName, language: 'fr', trade: 'plaquiste' },
    });
    ids.push(added.addWorker.worker.id);
  }
  const team = await gql<{ createTeam: { id: string } }>(request, manager, 'mutation($n: String!) { createTeam(name: $n) { id } }', { n: teamName });
  await gql(request, manager, 'mutation($t: ID!, $w: [ID!]!) { setTeamMembers(teamId: $t, workerIds: $w) { id } }', { t: team.createTeam.id, w: [ids[2]] });
  await new LoginPage(page).signInAs('manager');
  await page.getByRole('link', { name: 'Chantiers : créer, modifier, clôturer' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chantiers');
  await expect(page.getByRole('link', { name: 'En cours' })).toHaveAttribute('aria-current', 'page');
  await checkScreen(page);
  await screenshot(page, 'sites-list');

  await page.getByRole('link', { name: 'Nouveau chantier' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nouveau chantier');
  const form = page.locator('form');
  // Bad dates and an unknown time zone: each refused next to its field before anything is sent.
  await form.getByLabel('Nom du chantier').fill(DEMO_SITE);
  await form.getByLabel('Adresse').fill('2 place de la Nation, 69120 Vaulx-en-Velin');
  await form.getByLabel('Client').fill('Ville de Vaulx-en-Velin');
  await form.getByLabel('Référence du marché (facultatif)').fill('MAPA-2026-031');
  await form.getByLabel('Début des travaux').fill('2026-09-01');
  await form.getByLabel('Fin des travaux').fill('2026-08-01');
  await form.getByLabel('Fuseau horaire').fill('Europe/Vaulx');
  await form.getByRole('button', { name: 'Créer le chantier' }).tap();
  await expect(page.getByText('La fin des travaux ne peut pas précéder leur début.')).toBeVisible();
  await expect(page.getByText('Ce fuseau horaire n\'existe pas. Choisissez-en un dans la liste, par ex. Europe/Paris.')).toBeVisible();
  await expect(form.getByLabel('Fin des travaux')).toBeFocused();
  await checkScreen(page);
  await screenshot(page, 'site-create-errors');

  // The name is the demo site's: the server refuses it, next to the name.
  await form.getByLabel('Fin des travaux').fill(inDays(200));
  await form.getByLabel('Début des travaux').fill(inDays(-1));
  await form.getByLabel('Fuseau horaire').fill('Europe/Paris');
  await form.getByRole('button', { name: 'Créer le chantier' }).tap();
  await expect(page.locator('.text-field--invalid').filter({ hasText: 'Nom du chantier' })).toContainText(
    'Un autre chantier de votre organisation porte déjà ce nom.',
  );
  await checkScreen(page);

  await form.getByLabel('Nom du chantier').fill(siteName);
  await form.getByRole('button', { name: 'Créer le chantier' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(siteName);
  const siteId = new URL(page.url()).pathname.split('/')[2]!;

  // Its crew: two workers ticked, then a whole team added.
  for (const name of crew) await page.getByRole('checkbox', { name: new RegExp(name) }).check();
  await page.getByRole('button', { name: 'Enregistrer l’équipe du chantier' }).tap();
  await expect.poll(async () => (await queryDb('select count(*)::int as n from site_members where site_id = $1', [siteId]))[0]).toEqual({ n: 2 });
  await page.getByLabel('Ajouter toute une équipe').selectOption({ label: `${teamName} (1)` });
  await page.getByRole('button', { name: 'Ajouter l’équipe au chantier' }).tap();
  await expect(page.getByRole('status').filter({ hasText: `${teamName} fait partie de l’équipe du chantier.` })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: new RegExp(teamWorker) })).toBeChecked();
  for (const name of crew) await expect(page.getByRole('checkbox', { name: new RegExp(name) })).toBeChecked();
  await checkScreen(page);
  await screenshot(page, 'site-new-crew');

  // A tablet set up with the one-time code, typed on the tablet.
  await page.getByLabel('Nom de la tablette').fill('Tablette de la salle');
  await page.getByRole('button', { name: 'Configurer une tablette' }).tap();
  const code = await page.getByRole('region', { name: 'Code de configuration de « Tablette de la salle »' }).locator('code').textContent();
  const tabletContext = await browser.newContext();
  const tab = await tabletContext.newPage();
  const tablet = new TabletPage(tab);
  await tab.goto('/tablet');
  await expect(tablet.heading).toHaveText('Configurer cette tablette');
  await tab.getByRole('textbox', { name: 'Code de configuration' }).fill(code!);
  await tab.getByRole('button', { name: 'Configurer cette tablette' }).tap();
  await expect(tablet.heading).toHaveText('Qui êtes-vous ?', { timeout: 20_000 });
  await expect(tablet.nameTile(crew[0]!)).toBeVisible();
  await expect(tablet.nameTile(crew[1]!)).toBeVisible();
  await expect(tablet.nameTile(teamWorker)).toBeVisible();
  await expect(tablet.nameTile('Julien Moreau')).toHaveCount(0);

  // A module assigned to the site's whole crew.
  await page.goto(`/assign?site=${siteId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attribuer un module');
  await page.getByLabel('Module', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('À faire pour le').fill(inDays(7));
  await page.getByRole('button', { name: 'Attribuer', exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Attribué à 3 ouvriers' })).toBeVisible();

  // The end of the works: closed after a second tap.
  await page.goto(`/sites/${siteId}/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Modifier ${siteName}`);
  await page.getByRole('button', { name: 'Clôturer ce chantier…' }).tap();
  await expect(page.getByText(`Clôturer ${siteName} maintenant ? Ses tablettes cessent aussitôt de fonctionner.`)).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'site-close-confirm');
  await page.getByRole('button', { name: 'Oui, clôturer le chantier' }).tap();
  await expect(page.getByRole('status').filter({ hasText: /Ce chantier a été clôturé le/ })).toBeVisible();
  await checkScreen(page);

  // The tablet is refused at its next look at the server.
  await tab.reload();
  await expect(tab.getByRole('button', { name: 'Ne plus utiliser cette tablette pour le chantier' })).toBeVisible({ timeout: 20_000 });
  await expect(tab.locator('.crew-tile')).toHaveCount(0);
  await screenshot(tab, 'site-closed-tablet');
  await tabletContext.close();

  // Its assignments ended, kept for history; the site moved to the closed list and its page says so.
  expect(await queryDb('select state, closed_reason from assignments where site_id = $1', [siteId])).toEqual(
    Array.from({ length: 3 }, () => ({ state: 'closed', closed_reason: 'site_closed' })),
  );
  await page.goto('/sites?status=active');
  await expect(page.getByRole('heading', { level: 2, name: siteName })).toHaveCount(0);
  await page.getByRole('link', { name: 'Clôturés' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: siteName })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'sites-closed-list');
  await page.goto(`/sites/${siteId}`);
  await expect(page.getByRole('status').filter({ hasText: 'Ce chantier est clôturé' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'site-closed-page');
});
