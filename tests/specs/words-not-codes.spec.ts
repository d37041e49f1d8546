// No codes where people read words: the French screens of the demo show trades and topics by name, recommendations in
// French, and "Find the module to assign" opens the catalogue on the recommendation's topic.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LoginPage } from '../pages/LoginPage';
import { DEMO_SITE } from '../support/demo';
import { checkScreen, screenshot } from '../support/screens';

/** The French words of the trade and topic codes, as the app's locale names them. */
const fr = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'web', 'src', 'locales', 'fr.json'), 'utf8')) as {
  vocabulary: { trades: Record<string, string>; topics: Record<string, string> };
};
/** Codes whose French word differs from the code itself ("ventilation" is both, so it is no tell). */
const CODES = [...Object.entries(fr.vocabulary.trades), ...Object.entries(fr.vocabulary.topics)]
  .filter(([code, word]) => code !== word)
  .map(([code]) => code);

/** Known codes found as whole words in the text a person reads on the page (options included, attributes not). */
async function codesOnScreen(page: Page): Promise<string[]> {
  const text = await page.locator('main').innerText();
  return CODES.filter((code) => new RegExp(`(^|[^\\p{L}-])${code}($|[^\\p{L}-])`, 'u').test(text));
}

test('the catalogue names trades and topics in French, and opens on a topic from a building model recommendation', async ({ page }) => {
  await new LoginPage(page).signInAs('trainer');
  await page.goto('/modules');
  await expect(page.locator('.catalogue-card').first()).toBeVisible();
  expect(await codesOnScreen(page)).toEqual([]);
  await expect(page.getByLabel('Métier').locator('option', { hasText: 'menuiserie' })).toHaveCount(1);
  await expect(page.locator('.catalogue-card').filter({ hasText: 'menuiserie, charpente' }).first()).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(DEMO_SITE) }).first().tap();
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
