// Checks run on every screen: axe (WCAG 2.2 AA) with zero violations, touch targets of at least 48×48 px, a screenshot.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const MIN_TARGET_PX = 48;

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** Every visible button, link and input must be big enough for a gloved finger; links inside running text excepted. */
export async function expectTouchTargets(page: Page): Promise<void> {
  const tooSmall = await page.evaluate((min) => {
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"]';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((el) => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (style.display === 'none' || style.visibility === 'hidden' || box.width === 0 || box.height === 0)
          return false;
        if (el.tagName === 'A' && el.closest('p, li p, dd')) return false;
        return box.width < min || box.height < min;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return `<${el.tagName.toLowerCase()}> "${name}" is ${Math.round(box.width)}×${Math.round(box.height)} px`;
      });
  }, MIN_TARGET_PX);
  expect(tooSmall, `touch targets under ${MIN_TARGET_PX} px on ${page.url()}`).toEqual([]);
}

export async function checkScreen(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectTouchTargets(page);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(import.meta.dirname, '..', 'output', 'screenshots', `${name}.png`),
    fullPage: true,
  });
}

/** A screenshot of one part of the page (e.g. the editor's tablet preview). */
export async function screenshotOf(locator: Locator, name: string): Promise<void> {
  await locator.screenshot({ path: join(import.meta.dirname, '..', 'output', 'screenshots', `${name}.png`) });
}
