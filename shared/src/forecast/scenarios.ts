// Low / central / high uptake scenarios: the same forecast under each multiplier, summed up to be compared side by side.
import { forecast, peakGaps, type ForecastInput, type YearForecast } from './compute.js';
import { SCENARIO_KINDS, type ScenarioKind } from './work-packages.js';

export interface ScenarioSummary {
  kind: ScenarioKind;
  multiplier: number;
  years: YearForecast[];
  totalHours: number;
  peakWorkers: number;
  /** Sum over the ULOs of each one's largest gap over the period. */
  peopleToTrain: number;
}

export function compareScenarios(input: Omit<ForecastInput, 'multiplier'>, multipliers: Record<ScenarioKind, number>): ScenarioSummary[] {
  return SCENARIO_KINDS.map((kind) => {
    const years = forecast({ ...input, multiplier: multipliers[kind] });
    return {
      kind,
      multiplier: multipliers[kind],
      years,
      totalHours: years.reduce((sum, y) => sum + y.hours, 0),
      peakWorkers: Math.max(0, ...years.map((y) => y.workers)),
      peopleToTrain: [...peakGaps(years).values()].reduce((sum, g) => sum + g, 0),
    };
  });
}

export type MultiplierProblem = 'notPositive' | 'notOrdered';

/** Multipliers are positive and ordered low ≤ central ≤ high; the first problem found, or null. */
export function multiplierProblem(m: Record<ScenarioKind, number>): { field: ScenarioKind; problem: MultiplierProblem } | null {
  for (const kind of SCENARIO_KINDS) if (!(Number.isFinite(m[kind]) && m[kind] > 0 && m[kind] <= 10)) return { field: kind, problem: 'notPositive' };
  if (m.low > m.central) return { field: 'low', problem: 'notOrdered' };
  if (m.central > m.high) return { field: 'high', problem: 'notOrdered' };
  return null;
}
