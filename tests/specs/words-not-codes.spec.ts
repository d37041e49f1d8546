// No codes where people read words: the French screens of the demo show trades, topics and ULOs by name (a ULO's code
// only as secondary text beside its title), recommendations in French, and "Find the module to assign" opens the
// catalogue on the recommendation's topic.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LoginPage } from '../pages/LoginPage';
import { gql, staffToken } from '../support/api';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

/** The French words of the trade and topic codes, as the app's locale names them. */
const fr = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'web', 'src', 'locales', 'fr.json'), 'utf8'),
) as {
  vocabulary: { trades: Record<string, string>; topics: Record<string, string> };
};
/** Codes whose French word differs from the code itself ("ventilation" is both, so it is no tell). */
const CODES = [...Object.entries(fr.vocabulary.trades), ...Object.entries(fr.vocabulary.topics)]
  .filter(([code, word]) => code !== word)
  .map(([code]) => code);

/** A ULO's code, e.g. ULO-AIR-01: people read it only beside the ULO's title (marked `.code-aside`), never alone. */
const ULO_ID = /\bULO-[A-Z]+-\d+\b/g;

type Ulo = { code: string; title: string; titleFr: string | null };
const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const french = (u: Ulo) => u.titleFr ?? u.title;

/**
 * The ULOs as the app names them: the active framework's, and the earlier versions' that it lacks (another spec
 * imports a framework of its own, whose titles then lead).
 */
async function frameworkUlos(
  request: APIRequestContext,
): Promise<{ active: Ulo[]; titleOf: (code: string) => RegExp }> {
  const { frameworkUlos: active, retiredUlos } = await gql<{ frameworkUlos: Ulo[]; retiredUlos: Ulo[] }>(
    request,
    await staffToken(request, 'trainer'),
    '{ frameworkUlos { code title titleFr } retiredUlos { code title titleFr } }',
  );
  const titleOf = (code: string) => {
    const ulo = [...active, ...retiredUlos].find((u) => u.code === code);
    expect(ulo, `${code} in a framework`).toBeDefined();
    return escaped(french(ulo!));
  };
  return { active, titleOf };
}

/** Known codes and ULO ids found as whole words in the text a person reads on the page (options included, attributes
 * not, a code printed beside its label left out). */
async function codesOnScreen(page: Page): Promise<string[]> {
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.code-aside').forEach((aside) => aside.remove());
    // innerText only lays out attached elements: measure the copy in place of the original, out of sight.
    copy.style.position = 'absolute';
    copy.style.left = '-100000px';
    document.body.append(copy);
    const seen = copy.innerText;
    copy.remove();
    return seen;
  });
  const codes = CODES.filter((code) => new RegExp(`(^|[^\\p{L}-])${code}($|[^\\p{L}-])`, 'u').test(text));
  return [...codes, ...new Set(text.match(ULO_ID) ?? [])];
}

test('the catalogue names trades and topics in French, and opens on a topic from a building model recommendation', async ({
  page,
  request,
}) => {
  const sealing = (await frameworkUlos(request)).titleOf('ULO-AIR-02');
  await new LoginPage(page).signInAs('trainer');
  await page.goto('/modules');
  await expect(page.locator('.catalogue-card').first()).toBeVisible();
  expect(await codesOnScreen(page)).toEqual([]);
  await expect(page.getByLabel('Métier').locator('option', { hasText: 'menuiserie' })).toHaveCount(1);
  await expect(
    page.locator('.catalogue-card').filter({ hasText: 'menuiserie, charpente' }).first(),
  ).toBeVisible();
  // The learning outcome filter offers ULOs by their French title.
  await expect(page.getByLabel('Acquis d’apprentissage').locator('option', { hasText: sealing })).toHaveCount(
    1,
  );

  await page.goto('/');
  await page
    .getByRole('link', { name: new RegExp(DEMO_SITE) })
    .first()
    .tap();
  await page.getByRole('link', { name: 'Maquette du bâtiment' }).tap();
  const windows = page.locator('.bim-card').filter({ hasText: 'Pose étanche des fenêtres' });
  await expect(windows).toContainText(/\d+ fenêtres/);
  expect(await codesOnScreen(page)).toEqual([]);
  await expect(page.locator('main')).not.toContainText('Airtight');

  await windows.getByRole('link', { name: 'Trouver le module à assigner' }).tap();
  await expect(page).toHaveURL(/\/modules\?topic=airtightness$/);
  await expect(page.getByLabel('Thème')).toHaveValue('airtightness');
  await expect(page.getByLabel('Thème').locator('option:checked')).toHaveText('étanchéité à l’air');
  const cards = page.locator('.catalogue-card');
  await expect(cards.first()).toBeVisible();
  // Every module shown is on that topic: the windows module is, the heat pump one is not.
  await expect(cards.filter({ hasText: /fenêtre/i }).first()).toBeVisible();
  await expect(cards.filter({ hasText: /pompe à chaleur/i })).toHaveCount(0);
  expect(await codesOnScreen(page)).toEqual([]);
  await checkScreen(page);
  await screenshot(page, 'catalogue-topic-from-model');
});

test('the module editor picks ULOs by title, the code beside, from a list a search narrows', async ({
  page,
  request,
}) => {
  const ulos = await frameworkUlos(request);
  const sealing = ulos.titleOf('ULO-AIR-02');
  // Two ULOs of the active framework the windows module does not cover: a search for one hides the other.
  const [sought, other] = ulos.active.filter((u) => !['ULO-AIR-01', 'ULO-AIR-02'].includes(u.code));
  await new LoginPage(page).signInAs('trainer');
  await page.goto('/modules');
  await page
    .locator('.catalogue-card')
    .filter({ hasText: /fenêtre/i })
    .first()
    .getByRole('link', { name: 'Modifier' })
    .tap();
  const picker = page.getByRole('group', { name: /Acquis d’apprentissage/ });
  await expect(picker).toBeVisible();
  // Titles in French, codes as secondary text; a search narrows the list by title or by code.
  const tape = picker.getByRole('checkbox', { name: sealing });
  await expect(tape).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: escaped(french(other!)) })).toBeVisible();
  await picker.getByRole('searchbox').fill(french(sought!));
  await expect(picker.getByRole('checkbox', { name: escaped(french(sought!)) }).first()).toBeVisible();
  await expect(picker.getByRole('checkbox', { name: escaped(french(other!)) })).toHaveCount(0);
  await expect(tape).toBeVisible(); // a chosen ULO stays in sight
  expect(await codesOnScreen(page)).toEqual([]);
  await checkScreen(page);
  await screenshot(page, 'editor-ulo-picker');
});

test('the site page names the ULOs of the crew’s coming renewals', async ({ page }) => {
  await new LoginPage(page).signInAs('manager');
  await page
    .getByRole('link', { name: new RegExp(DEMO_SITE) })
    .first()
    .tap();
  const renewals = page.getByRole('region', { name: 'Renouvellements dans les 90 prochains jours' });
  await expect(renewals.getByRole('row').filter({ hasText: 'Claire Dubois' }).first()).toBeVisible();
  expect(await codesOnScreen(page)).toEqual([]);
  await checkScreen(page);
  await screenshot(page, 'site-renewals-words');
});
