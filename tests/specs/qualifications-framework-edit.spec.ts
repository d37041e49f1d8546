// The admin edits the active (demo) framework in the browser: a new ULO refused with its EQF level marked, then saved
// and changed; a qualification's requirement refused with n marked; a mapping added, changed (back to the approvals)
// and removed; every edit in the recent changes. Runs before qualifications-tender.spec.ts and qualifications.spec.ts
// on the same database, so it leaves the demo framework as it found it but for the one ULO it creates, which no
// scheme maps and no module names.
import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_ACCOUNTS } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

const CODE = 'ULO-E2E-01';
const MAPPING = `EXFR-U7 → ${CODE}`;

const part = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('the admin edits a ULO, a qualification and a mapping of the active framework in place', async ({ page }) => {
  test.setTimeout(120_000);
  await new LoginPage(page).signInAs('admin');
  await page.getByRole('link', { name: 'Référentiel de compétences' }).tap();
  await expect(page.getByRole('heading', { level: 2, name: 'Modifier le référentiel' })).toBeVisible();
  await expect(page.getByText('Version active : fit-demo-energy-renovation')).toBeVisible();

  // A new ULO with an EQF level out of range: the server's check lands on that field, nothing is saved.
  const ulos = part(page, 'ULO de référence');
  await ulos.getByRole('button', { name: 'Nouvel ULO' }).tap();
  const form = ulos.getByRole('form', { name: 'Nouvel ULO' });
  await form.getByLabel('Code').fill(CODE);
  await form.getByLabel('Intitulé (anglais)').fill('Check a duct seal');
  await form.getByLabel('Intitulé (français)').fill('Contrôler l’étanchéité d’un conduit');
  await form.getByLabel('Thème').fill('étanchéité');
  await form.getByLabel('Niveau CEC').fill('12');
  await form.getByLabel('Savoirs').fill('Where ducts leak\n\nWhich tapes hold');
  await form.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(form.getByRole('alert')).toHaveText('Rien n’a été enregistré. Corrigez les champs signalés.');
  await expect(form.getByLabel('Niveau CEC')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Niveau CEC')).toHaveAccessibleDescription(/Le niveau CEC est un nombre entier de 1 à 8\./);
  await expect(ulos.getByRole('option', { name: new RegExp(CODE) })).toHaveCount(0);
  await checkScreen(page);
  await screenshot(page, 'framework-edit-ulo-error');

  // Corrected, it is saved; the list and the recent changes have it.
  await form.getByLabel('Niveau CEC').fill('3');
  await form.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(ulos.getByRole('status')).toHaveText(`ULO ${CODE} enregistré.`);
  await expect(form).toBeHidden();
  const changes = part(page, 'Dernières modifications');
  await expect(changes.getByRole('listitem').first()).toContainText(`ULO ${CODE} — ajout`);
  await expect(changes.getByRole('listitem').first()).toContainText(`par ${DEMO_ACCOUNTS.admin.name}`);
  await checkScreen(page);
  await screenshot(page, 'framework-edit-ulo-saved');

  // Picked again from the list, it shows what was saved (the blank line dropped) and takes a change.
  await ulos.getByLabel('ULO à modifier').selectOption(CODE);
  const edit = ulos.getByRole('form', { name: `Modifier ${CODE}` });
  await expect(edit.getByLabel('Savoirs')).toHaveValue('Where ducts leak\nWhich tapes hold');
  await edit.getByLabel('Niveau CEC').fill('4');
  await edit.getByLabel('Aptitudes').fill('Seal a duct joint');
  await edit.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(ulos.getByRole('status')).toHaveText(`ULO ${CODE} enregistré.`);
  await expect(changes.getByRole('listitem').first()).toContainText(`ULO ${CODE} — modification : niveau CEC, aptitudes`);

  // A demo qualification asked for 5 of its 3 units: refused with n marked; cancelled, it stays as it was.
  const quals = part(page, 'Certifications');
  await quals.getByLabel('Dispositif', { exact: true }).selectOption('EX-FR-RENO');
  await quals.getByLabel('Certification à modifier').selectOption('EXFR-Q1');
  const qualification = quals.getByRole('form', { name: 'Modifier EXFR-Q1 (EX-FR-RENO)' });
  await expect(qualification.getByRole('checkbox', { name: /EXFR-U2/ })).toBeChecked();
  await expect(qualification.getByLabel('Valable pendant (mois)')).toHaveValue('48');
  await qualification.getByRole('radio', { name: 'n des unités cochées' }).check();
  await qualification.getByLabel('Nombre d’unités à détenir (n)').fill('5');
  await qualification.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(qualification.getByRole('alert')).toContainText('Rien n’a été enregistré.');
  await expect(qualification.getByLabel('Nombre d’unités à détenir (n)')).toHaveAccessibleDescription(/n est un nombre entier entre 1 et le nombre d’unités cochées\./);
  await checkScreen(page);
  await screenshot(page, 'framework-edit-qualification-error');
  await qualification.getByRole('button', { name: 'Annuler' }).tap();
  await expect(qualification).toBeHidden();

  // A mapping onto the new ULO: added and changed (each time back to the approvals), then removed.
  const mappings = part(page, 'Correspondances des unités avec les ULO');
  const approvals = part(page, 'Correspondances à approuver');
  await mappings.getByLabel('Dispositif', { exact: true }).selectOption('EX-FR-RENO');
  const add = mappings.getByRole('form', { name: 'Ajouter une correspondance à EX-FR-RENO' });
  await add.getByLabel('Unité du dispositif').selectOption('EXFR-U7');
  await add.getByLabel('ULO de référence').selectOption(CODE);
  await add.getByRole('radio', { name: 'partielle' }).check();
  await add.getByLabel('Note en anglais (facultatif)').fill('Duct sealing is shown, not practised');
  await add.getByLabel('Note en français (facultatif)').fill('L’étanchéité des conduits est montrée, pas pratiquée');
  await add.getByRole('button', { name: 'Ajouter la correspondance' }).tap();
  await expect(mappings.getByRole('status')).toHaveText(`Correspondance ${MAPPING} ajoutée : elle attend une approbation.`);
  await expect(approvals.getByText('1 correspondance attend.')).toBeVisible();
  const row = mappings.getByRole('listitem').filter({ hasText: MAPPING });
  await expect(row).toContainText('Attend une approbation');
  // The French admin reads the notes in French: this one, and the demo's own.
  await expect(row).toContainText('L’étanchéité des conduits est montrée, pas pratiquée');
  await expect(row).not.toContainText('Duct sealing');
  await expect(mappings.getByText('Correspondance d’exemple : les acquis de l’unité couvrent l’ULO').first()).toBeVisible();
  await approvals.getByRole('button', { name: `Approuver ${MAPPING}` }).tap();
  await expect(approvals.getByText('Aucune correspondance en attente')).toBeVisible();
  await expect(row).toContainText('Approuvée');

  await row.getByRole('button', { name: `Modifier ${MAPPING}` }).tap();
  await row.getByRole('radio', { name: 'complète' }).check();
  await checkScreen(page);
  await screenshot(page, 'framework-edit-mapping');
  await row.getByRole('button', { name: 'Enregistrer' }).tap();
  await expect(mappings.getByRole('status')).toHaveText(`Correspondance ${MAPPING} enregistrée : elle attend une approbation.`);
  await expect(approvals.getByText('1 correspondance attend.')).toBeVisible();
  await expect(row).toContainText('(complète)');

  await row.getByRole('button', { name: `Retirer ${MAPPING}` }).tap();
  await expect(row).toContainText(`Retirer la correspondance ${MAPPING} ?`);
  await row.getByRole('button', { name: 'Oui, retirer' }).tap();
  await expect(mappings.getByRole('status')).toHaveText(`Correspondance ${MAPPING} retirée.`);
  await expect(mappings.getByRole('listitem').filter({ hasText: MAPPING })).toHaveCount(0);
  await expect(approvals.getByText('Aucune correspondance en attente')).toBeVisible();

  const recent = changes.getByRole('listitem');
  await expect(recent.nth(0)).toContainText(`Correspondance EX-FR-RENO · ${MAPPING} — retrait`);
  await expect(recent.nth(1)).toContainText(`Correspondance EX-FR-RENO · ${MAPPING} — modification : couverture`);
  await expect(recent.nth(2)).toContainText(`Correspondance EX-FR-RENO · ${MAPPING} — ajout`);
  await checkScreen(page);
  await screenshot(page, 'framework-edit-changes');
});
