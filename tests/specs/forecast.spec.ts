// A steering committee member (planner) opens the territory forecast from the home, refuses then adds a project,
// builds and saves a scenario set, and downloads the PDF summary, rendered to PNG to be looked at.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_ORGANISATION, DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

const OUTPUT = join(import.meta.dirname, '..', 'output');

test('the planner builds a scenario set and downloads the forecast as a PDF', async ({ page }) => {
  const shell = new AppShell(page);
  await new LoginPage(page).signInAs('planner');
  await shell.main.getByRole('link', { name: 'Ouvrir la prévision' }).tap();
  await expect(page).toHaveURL(/\/forecast$/);
  await expect(shell.main.getByRole('heading', { level: 1 })).toHaveText('Prévision des compétences du territoire');
  const compare = shell.main.getByRole('table', { name: 'Les trois scénarios côte à côte' });
  await expect(compare).toBeVisible();
  await expect(shell.main.getByRole('button', { name: 'Plan climat métropole 2027–2031' })).toBeVisible();
  await expect(shell.main.getByRole('heading', { name: /Résidence Les Tilleuls/ })).toBeVisible();
  await expect(shell.main.getByText('valeur de démonstration').first()).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'forecast-page');

  // A project without a name is refused next to the field; with one it joins the list.
  await shell.main.getByRole('button', { name: 'Ajouter un projet' }).tap();
  const form = shell.main.getByRole('form', { name: 'Ajouter un projet' });
  await form.getByLabel('Année(s)').fill('2028-2029');
  await form.getByLabel('Pompe à chaleur (unité)').fill('12');
  await form.getByRole('button', { name: 'Enregistrer le projet' }).tap();
  await expect(form.getByText('Ce champ est obligatoire.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'forecast-project-refused');
  // Quantities from a site's building model (FZK-Haus first): windows counted; no wall marked external, said next to the field.
  await form.getByRole('button', { name: 'Reprendre les quantités' }).tap();
  await expect(form.getByLabel('Remplacement des fenêtres (fenêtre)')).toHaveValue(/^[1-9]\d*$/);
  await expect(form.getByText('Pas de surfaces de murs dans la maquette : saisissez les m² vous-même.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'forecast-project-from-model');
  // The demo house has no wall quantities either, but its walls say they are external: their area comes from the 3D shape.
  await form.getByLabel('Maquette').selectOption({ label: `maison-demo-fit.ifc · version 1 · ${DEMO_SITE} · ${DEMO_ORGANISATION}` });
  await form.getByRole('button', { name: 'Reprendre les quantités' }).tap();
  await expect(form.getByLabel('Isolation des murs par l’extérieur (m²)')).toHaveValue(/^[1-9]\d*(\.\d)?$/);
  await expect(form.getByText('Estimée d’après la forme 3D des murs (un peu au-dessus de la surface nette) : vérifiez-la.')).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'forecast-project-wall-area');
  await form.getByLabel('Nom du projet').fill('Lotissement des Brosses');
  await form.getByRole('button', { name: 'Enregistrer le projet' }).tap();
  await expect(shell.main.getByRole('heading', { name: 'Lotissement des Brosses' })).toBeVisible();

  // Multipliers out of order are refused; a valid set is computed, saved and compared side by side.
  await shell.main.getByLabel('Haut').fill('0,5');
  await shell.main.getByRole('button', { name: 'Calculer' }).tap();
  await expect(shell.main.getByText('Les multiplicateurs vont dans l’ordre bas ≤ central ≤ haut.')).toBeVisible();
  await shell.main.getByLabel('Bas').fill('0,6');
  await shell.main.getByLabel('Haut').fill('1,5');
  await shell.main.getByRole('button', { name: 'Calculer' }).tap();
  await expect(compare.getByRole('columnheader', { name: 'Haut (× 1,5)' })).toBeVisible();
  await shell.main.getByLabel('Nom du jeu de scénarios').fill('Comité de pilotage décembre');
  await shell.main.getByRole('button', { name: 'Enregistrer ce jeu de scénarios' }).tap();
  await expect(shell.main.getByRole('button', { name: 'Comité de pilotage décembre' })).toBeVisible();
  await expect(shell.main.getByRole('heading', { name: 'Du besoin au plan de formation' })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'forecast-scenario-saved');

  const [download] = await Promise.all([page.waitForEvent('download'), shell.main.getByRole('button', { name: 'Télécharger la synthèse PDF' }).tap()]);
  mkdirSync(join(OUTPUT, 'screenshots'), { recursive: true });
  const pdf = join(OUTPUT, 'forecast.pdf');
  await download.saveAs(pdf);
  expect(statSync(pdf).size).toBeGreaterThan(2000);
  // Each page as a PNG beside the screenshots, to be checked by eye.
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUTPUT, 'screenshots', 'forecast-pdf')]);
  expect(statSync(join(OUTPUT, 'screenshots', 'forecast-pdf-1.png')).size).toBeGreaterThan(10_000);
});
