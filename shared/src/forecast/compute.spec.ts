import { describe, expect, it } from 'vitest';
import { forecast, peakGaps, type ForecastInput } from './compute.js';
import { compareScenarios, multiplierProblem } from './scenarios.js';
import { planTraining } from './training-plan.js';
import { needsAndSupply, topGaps } from './summaries.js';

// Worked by hand: 1,000 productive hours a year; walls take 1 h/m² of insulation and need ULOs A and B; a heat pump
// takes 20 h of plumbing and 5 h of electrical work and needs B and C.
const input: ForecastInput = {
  years: [2027, 2028],
  productiveHours: 1000,
  multiplier: 1,
  ratios: [
    { workPackage: 'externalWallInsulation', hoursPerUnit: { insulation: 1 }, ulos: ['A', 'B'] },
    { workPackage: 'heatPump', hoursPerUnit: { plumbingHeating: 20, electrical: 5 }, ulos: ['B', 'C'] },
  ],
  projects: [
    // 2,000 m² over two years: 1,000 m² a year.
    { years: [2027, 2028], packages: [{ workPackage: 'externalWallInsulation', quantity: 2000 }] },
    { years: [2028], packages: [{ workPackage: 'heatPump', quantity: 40 }] },
  ],
  holdings: [
    { ulo: 'A', workers: 1, expiresYear: null },
    // Two holders of B whose hold runs out during 2028.
    { ulo: 'B', workers: 2, expiresYear: 2028 },
  ],
  qualifications: [
    { code: 'Q1', ulos: ['B', 'C'] },
    { code: 'Q2', ulos: ['Z'] },
  ],
};

describe('forecast', () => {
  it('turns planned work into hours by trade and workers, year by year', () => {
    const [y2027, y2028] = forecast(input);
    expect(y2027).toMatchObject({ year: 2027, hours: 1000, workers: 1 });
    expect(y2027!.hoursByTrade).toMatchObject({ insulation: 1000, plumbingHeating: 0 });
    expect(y2028).toMatchObject({ year: 2028, hours: 2000, workers: 2 });
    expect(y2028!.hoursByTrade).toMatchObject({ insulation: 1000, plumbingHeating: 800, electrical: 200 });
  });

  it('compares workers needing each ULO with holders, less those whose hold expires', () => {
    const [y2027, y2028] = forecast(input);
    expect(y2027!.ulos).toEqual([
      { ulo: 'A', needed: 1, held: 1, expiring: 0, gap: 0 },
      { ulo: 'B', needed: 1, held: 2, expiring: 0, gap: 0 },
    ]);
    expect(y2028!.ulos).toEqual([
      { ulo: 'B', needed: 2, held: 0, expiring: 2, gap: 2 },
      { ulo: 'C', needed: 1, held: 0, expiring: 0, gap: 1 },
      { ulo: 'A', needed: 1, held: 1, expiring: 0, gap: 0 },
    ]);
  });

  it('gives a qualification the largest gap among its needed ULOs, and leaves out those the work does not need', () => {
    const [y2027, y2028] = forecast(input);
    expect(y2027!.qualifications).toEqual([{ code: 'Q1', gap: 0 }]);
    expect(y2028!.qualifications).toEqual([{ code: 'Q1', gap: 2 }]);
    expect(peakGaps(forecast(input))).toEqual(new Map([['A', 0], ['B', 2], ['C', 1]]));
  });

  it('rounds a need up to whole people but not floating-point dust', () => {
    const [, y2028] = forecast({ ...input, multiplier: 1.5 });
    // C: 1,500 h / 1,000 = 1.5 → 2 people; B: 3,000 h / 1,000 = 3 exactly.
    expect(y2028!.ulos.find((u) => u.ulo === 'C')!.needed).toBe(2);
    expect(y2028!.ulos.find((u) => u.ulo === 'B')!.needed).toBe(3);
    const dust = forecast({ ...input, years: [2027], multiplier: 0.1 + 0.2, productiveHours: 300 })[0]!;
    expect(dust.ulos.find((u) => u.ulo === 'A')!.needed).toBe(1);
  });

  it('refuses productive hours of zero', () => {
    expect(() => forecast({ ...input, productiveHours: 0 })).toThrow(RangeError);
  });
});

describe('scenarios', () => {
  it('applies each uptake multiplier and sums each scenario up', () => {
    const [low, central, high] = compareScenarios(input, { low: 0.5, central: 1, high: 1.5 });
    expect(low).toMatchObject({ kind: 'low', totalHours: 1500, peakWorkers: 1 });
    // low 2028: B needs 1 (held 0) → 1, C 0.5 → 1; A 0.5 → 1 held 1 → 0.
    expect(low!.peopleToTrain).toBe(2);
    expect(central).toMatchObject({ kind: 'central', totalHours: 3000, peakWorkers: 2, peopleToTrain: 3 });
    // high 2028: A 1.5 → 2 (held 1) → 1; B 3 → 3; C 1.5 → 2; 2027: B 1.5 → 2 held 2 → 0.
    expect(high).toMatchObject({ kind: 'high', totalHours: 4500, peakWorkers: 3, peopleToTrain: 6 });
  });

  it('wants positive multipliers, low ≤ central ≤ high', () => {
    expect(multiplierProblem({ low: 0.7, central: 1, high: 1.3 })).toBeNull();
    expect(multiplierProblem({ low: 0, central: 1, high: 1.3 })).toEqual({ field: 'low', problem: 'notPositive' });
    expect(multiplierProblem({ low: 1.2, central: 1, high: 1.3 })).toEqual({ field: 'low', problem: 'notOrdered' });
    expect(multiplierProblem({ low: 0.7, central: 1.4, high: 1.3 })).toEqual({ field: 'high', problem: 'notOrdered' });
  });
});

describe('turning a gap into a plan', () => {
  const modules = [
    { id: 'm1', title: 'B only', ulos: ['B'], minutes: 60 },
    { id: 'm2', title: 'B and C', ulos: ['B', 'C'], minutes: 120 },
    { id: 'm3', title: 'A', ulos: ['A'], minutes: 30 },
  ];

  it('picks the module covering most gap ULOs and counts hours for the people short of them', () => {
    const plan = planTraining(new Map([['A', 0], ['B', 2], ['C', 1]]), modules);
    expect(plan).toEqual({ modules: [{ id: 'm2', title: 'B and C', ulos: ['B', 'C'], learners: 2, hours: 4 }], hours: 4, uncovered: [] });
  });

  it('lists the gap ULOs no module covers', () => {
    const plan = planTraining(new Map([['B', 3], ['D', 1]]), modules);
    // m1 and m2 cover one open ULO each: the shorter wins.
    expect(plan.modules.map((m) => [m.id, m.learners, m.hours])).toEqual([['m1', 3, 3]]);
    expect(plan.uncovered).toEqual(['D']);
  });
});

describe('chart summaries', () => {
  it('sums ULO needs per year with the part holders cover, and ranks the peak gaps', () => {
    const years = forecast(input);
    expect(needsAndSupply(years)).toEqual([
      { year: 2027, needed: 2, held: 2 },
      { year: 2028, needed: 4, held: 1 },
    ]);
    expect(topGaps(years, 2)).toEqual([
      { ulo: 'B', title: 'B', gap: 2 },
      { ulo: 'C', title: 'C', gap: 1 },
    ]);
  });
});
