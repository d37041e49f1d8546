// Properties the arithmetic must keep whatever the inputs: more planned work never lowers the need, and an uptake
// multiplier scales the hours in proportion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecast, type ForecastInput, type PlannedProject } from './compute.js';
import { TRADES, WORK_PACKAGES } from './work-packages.js';

const YEARS = [2027, 2028, 2029, 2030, 2031];
const ULOS = ['A', 'B', 'C', 'D'];

const project: fc.Arbitrary<PlannedProject> = fc.record({
  years: fc.uniqueArray(fc.constantFrom(...YEARS), { minLength: 1, maxLength: 5 }),
  packages: fc.array(fc.record({ workPackage: fc.constantFrom(...WORK_PACKAGES), quantity: fc.double({ min: 0, max: 1e5, noNaN: true }) }), { maxLength: 4 }),
});

const input: fc.Arbitrary<ForecastInput> = fc.record({
  years: fc.constant(YEARS),
  projects: fc.array(project, { maxLength: 6 }),
  ratios: fc.array(
    fc.record({
      workPackage: fc.constantFrom(...WORK_PACKAGES),
      hoursPerUnit: fc.dictionary(fc.constantFrom(...TRADES), fc.double({ min: 0, max: 50, noNaN: true })),
      ulos: fc.uniqueArray(fc.constantFrom(...ULOS), { maxLength: 3 }),
    }),
    { maxLength: 8 },
  ),
  productiveHours: fc.integer({ min: 200, max: 2000 }),
  multiplier: fc.double({ min: 0.1, max: 3, noNaN: true }),
  holdings: fc.array(fc.record({ ulo: fc.constantFrom(...ULOS), workers: fc.nat(50), expiresYear: fc.option(fc.constantFrom(...YEARS)) }), { maxLength: 6 }),
});

const needOf = (years: ReturnType<typeof forecast>, year: number, ulo: string): number =>
  years.find((y) => y.year === year)!.ulos.find((u) => u.ulo === ulo)?.needed ?? 0;
const gapOf = (years: ReturnType<typeof forecast>, year: number, ulo: string): number =>
  years.find((y) => y.year === year)!.ulos.find((u) => u.ulo === ulo)?.gap ?? 0;

// Equal but for floating-point rounding, relative to the size of the figures.
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('forecast properties', () => {
  it('more planned work never lowers the hours, the need or the gap', () => {
    fc.assert(
      fc.property(input, project, (base, extra) => {
        const before = forecast(base);
        const after = forecast({ ...base, projects: [...base.projects, extra] });
        for (const year of YEARS) {
          const [b, a] = [before.find((y) => y.year === year)!, after.find((y) => y.year === year)!];
          expect(a.hours).toBeGreaterThanOrEqual(b.hours - 1e-6);
          for (const trade of TRADES) expect(a.hoursByTrade[trade]).toBeGreaterThanOrEqual(b.hoursByTrade[trade] - 1e-6);
          for (const ulo of ULOS) {
            expect(needOf(after, year, ulo)).toBeGreaterThanOrEqual(needOf(before, year, ulo));
            expect(gapOf(after, year, ulo)).toBeGreaterThanOrEqual(gapOf(before, year, ulo));
          }
        }
      }),
    );
  });

  it('scaling the multiplier scales the hours by the same factor', () => {
    fc.assert(
      fc.property(input, fc.double({ min: 0.1, max: 5, noNaN: true }), (base, factor) => {
        const one = forecast(base);
        const scaled = forecast({ ...base, multiplier: base.multiplier * factor });
        one.forEach((y, i) => {
          expect(near(scaled[i]!.hours, y.hours * factor)).toBe(true);
          for (const trade of TRADES) expect(near(scaled[i]!.hoursByTrade[trade], y.hoursByTrade[trade] * factor)).toBe(true);
        });
      }),
    );
  });

  it('more holders never widen a gap', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...ULOS), fc.integer({ min: 1, max: 20 }), (base, ulo, workers) => {
        const before = forecast(base);
        const after = forecast({ ...base, holdings: [...base.holdings, { ulo, workers, expiresYear: null }] });
        for (const year of YEARS) expect(gapOf(after, year, ulo)).toBeLessThanOrEqual(gapOf(before, year, ulo));
      }),
    );
  });
});
