// The contract screen's hours by month against the target, on the tablet: the charts for the eye, and their
// numbers as tables whose last cumulative month is the contract's validated total and whose target line ends on the
// contract's target.
import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { LoginPage } from '../pages/LoginPage';
import { checkScreen, screenshot } from '../support/screens';

const CONTRACT = 'Réhabilitation énergétique du groupe scolaire Jules Ferry';
/** "1 773,5 h" as the screen writes it (narrow no-break spaces). */
const hours = (text: string) => Number(text.replace(/[\u202f\u00a0 h]/g, '').replace(',', '.'));

for (const account of ['facilitator', 'manager'] as const) {
  test(`the ${account} reads the contract's hours by month against the target`, async ({ page }) => {
    const shell = new AppShell(page);
    await new LoginPage(page).signInAs(account);
    await shell.main.getByRole('region', { name: 'Marchés avec clause sociale' }).getByRole('link', { name: CONTRACT }).tap();
    const section = shell.main.getByRole('region', { name: 'Heures par mois et objectif' });
    await expect(section.locator('.recharts-surface').first()).toBeVisible();

    const byMonth = section.getByRole('table', { name: 'Heures d’insertion par mois' });
    // The contract runs from March 2026 to June 2027: sixteen months, each a row.
    await expect(byMonth.locator('tbody tr')).toHaveCount(16);
    await expect(byMonth.locator('tbody tr').first().locator('th')).toHaveText('2026-03');
    const cumulative = section.getByRole('table', { name: 'Cumul des heures validées et objectif' });
    const last = cumulative.locator('tbody tr').last();
    await expect(last.locator('th')).toHaveText('2027-06');
    const validated = hours(await shell.main.locator('.clause-figures div', { hasText: 'Heures validées' }).locator('dd').innerText());
    const target = hours(await shell.main.locator('.clause-figures div', { hasText: 'Objectif' }).locator('dd').innerText());
    expect(hours(await last.locator('td').nth(0).innerText())).toBe(validated);
    expect(hours(await last.locator('td').nth(1).innerText())).toBe(target);
    // The months' validated hours add up to the same total.
    const monthly = await byMonth.locator('tbody tr td:first-of-type').allInnerTexts();
    expect(Math.round(monthly.reduce((s, v) => s + hours(v), 0) * 100) / 100).toBe(validated);
    await section.scrollIntoViewIfNeeded();
    await checkScreen(page);
    await screenshot(page, `clause-monthly-${account}`);
  });
}
