// Tender requirements of the demo site end to end: the manager sets a training clause from the demo framework, sees
// the share of the crew meeting it and who misses what, opens a passport from there and from the crew screens, edits
// and deletes the clause; the admin reads the bilateral agreements, sees a CSV file refused with its error row, and
// exports the framework as CSV. Named to run before qualifications.spec.ts, which activates a framework of its own;
// nothing here changes the active framework or any worker.
import { queryDb } from '../support/database';
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { gql, staffToken } from '../support/api';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

const TITLE = 'Clause énergie — enveloppe';
const HOLDER = 'João Ferreira'; // holds EXFR-Q1 in the demo
const NEWCOMER = 'Amadou Diallo'; // nothing yet in the demo
const QUALIFICATION = 'EXFR-Q1';
const QUALIFICATION_NAME = 'Poseur rénovation énergétique : enveloppe (exemple)';

const member = (page: Page, name: string) =>
  page
    .locator('.tender-members li')
    .filter({ has: page.getByRole('link', { name: `Passeport de ${name}` }) });

test('the manager checks the demo crew against a tender requirement; the admin handles agreements and a CSV file', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  // The specs share one database, and the day-one spec seeds the demo's work in hand, a tender requirement included:
  // this one starts from a site with none.
  await queryDb('delete from tender_requirements where site_id = (select id from sites where name = $1)', [DEMO_SITE]);

  // From the demo site's page to its tender requirements, empty at first.
  await new LoginPage(page).signInAs('manager');
  await page
    .getByRole('link', { name: new RegExp(DEMO_SITE) })
    .first()
    .tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_SITE);
  await checkScreen(page);
  await screenshot(page, 'site-page-crew-passports');
  await page.getByRole('link', { name: 'Exigences du marché', exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Exigences du marché — ${DEMO_SITE}`);
  await expect(page.getByText('Aucune exigence pour l’instant')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'tender-empty');

  // The form refuses an empty requirement, in words next to each field.
  await page.getByRole('button', { name: 'Ajouter une exigence' }).tap();
  await page.getByRole('button', { name: 'Créer l’exigence' }).tap();
  await expect(page.getByText('Donnez un intitulé à l’exigence.')).toBeVisible();
  await expect(page.getByText('Choisissez au moins un acquis ou une certification.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'tender-form-errors');

  // Title, clause, and the qualification found by searching the demo framework.
  await page.getByLabel('Intitulé').fill(TITLE);
  await page.getByLabel('Référence de la clause (facultatif)').fill('CCTP art. 4.2');
  await page.getByLabel('Chercher dans le référentiel').fill('poseur enveloppe');
  await page.getByRole('checkbox', { name: new RegExp(QUALIFICATION) }).check();
  await expect(page.getByText(`1 choisi : ${QUALIFICATION}`)).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'tender-form-picked');
  await page.getByRole('button', { name: 'Créer l’exigence' }).tap();
  await expect(page.getByRole('status').filter({ hasText: `« ${TITLE} » créée.` })).toBeVisible();

  // The big figure is the share the server computes; who meets it and who misses what, by name.
  const token = await staffToken(request, 'manager');
  const siteId = new URL(page.url()).pathname.split('/')[2]!;
  const { siteTenderCheck } = await gql<{
    siteTenderCheck: { requirements: { metPercent: number; metCount: number; crewSize: number }[] };
  }>(
    request,
    token,
    'query($s: ID!) { siteTenderCheck(siteId: $s) { requirements { metPercent metCount crewSize } } }',
    { s: siteId },
  );
  const check = siteTenderCheck.requirements[0]!;
  expect(check.metCount).toBeGreaterThan(0);
  expect(check.metCount).toBeLessThan(check.crewSize);
  const share = new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(
    check.metPercent / 100,
  );
  const card = page.locator('.tender-card').filter({ has: page.getByRole('heading', { name: TITLE }) });
  await expect(card.locator('.tender-card__figure strong')).toHaveText(share);
  await expect(card.locator('.tender-card__figure')).toContainText(
    `${check.metCount} compagnon${check.metCount > 1 ? 's' : ''} sur ${check.crewSize}`,
  );
  await expect(card).toContainText('Clause : CCTP art. 4.2');
  await expect(member(page, HOLDER)).toContainText('Satisfait');
  await expect(member(page, NEWCOMER)).toContainText(`Manque : ${QUALIFICATION_NAME} (${QUALIFICATION})`);
  await checkScreen(page);
  await screenshot(page, 'tender-check');

  // A name opens that worker's passport.
  await member(page, NEWCOMER).getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Passeport de compétences — ${NEWCOMER}`);
  await page.goBack();

  // Editing adds a skill; the newcomer now misses both.
  await card.getByRole('button', { name: `Modifier « ${TITLE} »` }).tap();
  await page.getByLabel('Chercher dans le référentiel').fill('ULO-AIR-03');
  await page.getByRole('checkbox', { name: /ULO-AIR-03/ }).check();
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).tap();
  await expect(page.getByRole('status').filter({ hasText: `« ${TITLE} » enregistrée.` })).toBeVisible();
  await expect(member(page, NEWCOMER)).toContainText('(ULO-AIR-03)');

  // The matrix filtered on the site leads here too.
  await page.goto(`/matrix?site=${siteId}`);
  await page.getByRole('link', { name: 'Exigences du marché de ce chantier' }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Exigences du marché — ${DEMO_SITE}`);

  // Deleting asks once more, then the list is empty again.
  await card.getByRole('button', { name: `Supprimer « ${TITLE} »` }).tap();
  await checkScreen(page);
  await screenshot(page, 'tender-confirm-delete');
  await page.getByRole('button', { name: 'Oui, supprimer' }).tap();
  await expect(page.getByRole('status').filter({ hasText: `« ${TITLE} » supprimée.` })).toBeVisible();
  await expect(page.getByText('Aucune exigence pour l’instant')).toBeVisible();

  // The crew list links each worker's passport.
  await page.goto('/crew');
  await page.getByRole('link', { name: `Passeport de ${HOLDER}` }).tap();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Passeport de compétences — ${HOLDER}`);
  await page.goBack();
  await checkScreen(page);
  await screenshot(page, 'crew-passport-links');
  await page
    .getByRole('button', { name: /se déconnecter/i })
    .first()
    .tap();

  // The admin reads the demo agreement, approved, and sees a CSV file refused with the row at fault.
  await new LoginPage(page).signInAs('admin');
  await page.goto('/framework');
  const agreements = page.getByRole('region', { name: 'Accords bilatéraux' });
  await expect(agreements).toContainText('EX-FR-RENO · EXFR-Q1 → EX-ES-REHAB · EXES-Q1');
  await expect(agreements).toContainText('Approuvé');
  const csv = [
    'table,code,version,title_en,eqf_level',
    'framework,e2e-csv,1,E2E CSV,',
    'ulo,ULO-CSV-01,,Good outcome,3',
    'ulo,ULO-CSV-02,,Bad level,12',
  ].join('\n');
  await page
    .getByLabel('Fichier du référentiel (JSON ou CSV)')
    .setInputFiles({ name: 'framework.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Importer' }).tap();
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Rien n’a été importé.');
  await expect(problems.getByRole('row').filter({ hasText: /row 4/ })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'framework-csv-errors');

  // The active framework downloads as one CSV.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger en CSV' }).tap();
  const file = await download;
  expect(file.suggestedFilename()).toBe('fit-framework.csv');
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text.split('\n')[0]).toMatch(/^table,/);
  expect(text).toContain('EXFR-Q1');
});
