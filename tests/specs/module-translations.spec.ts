// Module content in the workers' languages: a trainer writes a Romanian translation in the editor and publishes it; a
// module claiming a language whose texts are missing warns at publish, and the catalogue never advertises it.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';
import { ModuleEditor } from '../pages/ModuleEditor';
import { gql, staffToken } from '../support/api';
import { queryDb } from '../support/database';
import { checkScreen, screenshot } from '../support/screens';

/** A French draft with a text step and a question, made through the API as the editor would save it. */
async function frenchDraft(request: APIRequestContext, title: string, slug: string): Promise<string> {
  const [existing] = await queryDb<{ id: string }>('select id from learning_modules where slug = $1', [slug]);
  if (existing) return existing.id;
  const content = {
    title: { fr: title },
    summary: { fr: 'Contrôler la pose avant de fermer le doublage.' },
    trades: ['insulation'],
    topic: 'airtightness',
    estimatedMinutes: 5,
    languages: ['fr'],
    outcomes: [],
    passMark: 0.5,
    steps: [
      { id: 'look', kind: 'text', body: { fr: 'Regardez chaque jonction de la membrane.' } },
      {
        id: 'tape',
        kind: 'quiz',
        question: {
          kind: 'single',
          prompt: { fr: 'Une jonction sans adhésif est-elle étanche ?' },
          options: [
            { id: 'no', label: { fr: 'Non' } },
            { id: 'yes', label: { fr: 'Oui' } },
          ],
          correct: ['no'],
          feedback: { correct: { fr: 'Exact.' }, incorrect: { fr: 'Non : il faut l’adhésif.' } },
        },
      },
    ],
  };
  const trainer = await staffToken(request, 'trainer');
  const created = await gql<{ createModule: { id: string } }>(request, trainer, 'mutation($i: CreateModuleInput!) { createModule(input: $i) { id } }', {
    i: { content, slug },
  });
  return created.createModule.id;
}

async function openEditor(page: Page, moduleId: string): Promise<ModuleEditor> {
  await new LoginPage(page).signInAs('trainer');
  await page.goto(`/modules/${moduleId}/edit`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Modifier le module');
  return new ModuleEditor(page);
}

const tabs = (page: Page) => page.getByRole('group', { name: 'Langue en cours de saisie' });

async function catalogueLanguages(page: Page, title: string): Promise<string> {
  await page.goto('/modules');
  const card = page.locator('.catalogue-card').filter({ hasText: title });
  return card.locator('dt', { hasText: 'Langues' }).locator('xpath=following-sibling::dd[1]').innerText();
}

test('a trainer writes the Romanian translation of a module in the editor and publishes it', async ({ page, request }) => {
  const title = 'Membrane : contrôle des jonctions';
  const id = await frenchDraft(request, title, 'membrane-jonctions-ro');
  const editor = await openEditor(page, id);

  await page.getByLabel('Aussi en Română').check();
  const romanian = tabs(page).getByRole('button', { name: /^Română · \d+ manquants/ });
  await romanian.tap();
  // Every text of the Romanian tab is typed in Romanian; each field says it is missing until then.
  const fields = page.locator('.editor-field__input[lang="ro"]');
  expect(await fields.count()).toBeGreaterThan(5);
  await expect(page.getByText('Traduction manquante').first()).toBeVisible();
  const romanianTexts: Record<string, string> = {
    'Titre (Română)': 'Membrană: verificarea îmbinărilor',
    'Résumé (Română)': 'Verificați montajul înainte de a închide placarea.',
  };
  for (const field of await fields.all()) {
    const label = (await page.locator(`label[for="${await field.getAttribute('id')}"]`).innerText()).trim();
    const known = Object.entries(romanianTexts).find(([start]) => label.startsWith(start));
    await field.fill(known ? known[1] : `Text în română: ${label.split('(')[0]!.trim()}`);
  }
  await expect(tabs(page).getByRole('button', { name: 'Română', exact: true })).toBeVisible();
  await checkScreen(page);
  await screenshot(page, 'editor-romanian-tab');

  // Complete: the confirmation has nothing to warn about.
  await editor.openPublishConfirmation();
  await expect(editor.confirmation).not.toContainText('pas encore traduit');
  await editor.confirmation.getByRole('button', { name: 'Oui, publier' }).tap();
  await expect(editor.notice).toHaveText('La version 1 est publiée.');

  const [stored] = await queryDb<{ languages: string[]; title: Record<string, string> }>(
    `select v.content->'languages' as languages, v.content->'title' as title from module_versions v where v.module_id = $1 and v.status = 'published'`,
    [id],
  );
  expect(stored).toEqual({ languages: ['fr', 'ro'], title: { fr: title, ro: 'Membrană: verificarea îmbinărilor' } });
  expect(await catalogueLanguages(page, title)).toBe('Français, Română');
  await checkScreen(page);
  await screenshot(page, 'catalogue-romanian');
});

test('publishing a module that claims a language with texts missing warns, and it is published without it', async ({ page, request }) => {
  const title = 'Membrane : les adhésifs';
  const id = await frenchDraft(request, title, 'membrane-adhesifs-es');
  const editor = await openEditor(page, id);

  // Spanish is claimed, only the title written.
  await page.getByLabel('Aussi en Español').check();
  await tabs(page).getByRole('button', { name: /^Español/ }).tap();
  await page.getByLabel(/^Titre \(Español\)/).fill('Membrana: los adhesivos');

  await editor.openPublishConfirmation();
  await expect(editor.confirmation).toContainText(/Español : \d+ textes pas encore traduits\. Les ouvriers qui lisent en Español les verraient dans la langue principale\./);
  await checkScreen(page);
  await screenshot(page, 'editor-publish-missing-language');
  await editor.confirmation.getByRole('button', { name: 'Publier sans Español' }).tap();
  await expect(editor.notice).toHaveText('La version 1 est publiée.');

  // The published version no longer claims Spanish; the written title is kept for a later translation.
  const [stored] = await queryDb<{ languages: string[]; es: string }>(
    `select v.content->'languages' as languages, v.content->'title'->>'es' as es from module_versions v where v.module_id = $1 and v.status = 'published'`,
    [id],
  );
  expect(stored).toEqual({ languages: ['fr'], es: 'Membrana: los adhesivos' });
  expect(await catalogueLanguages(page, title)).toBe('Français');
});
