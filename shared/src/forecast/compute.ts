// The forecast's arithmetic: planned work → hours by trade → workers needed → workers needing each ULO, compared
// with the workers holding it (less those whose hold expires) → the gap per year, per ULO and per qualification.
import { TRADES, type Trade, type WorkPackage, type WorkRatio } from './work-packages.js';

export interface PlannedPackage {
  workPackage: WorkPackage;
  quantity: number;
}

/** A project's quantities are spread evenly over its years (a two-year project does half each year). */
export interface PlannedProject {
  years: number[];
  packages: PlannedPackage[];
}

/** `workers` hold `ulo` until `expiresYear` (they no longer count from that year on); null: no expiry. */
export interface UloHolding {
  ulo: string;
  workers: number;
  expiresYear: number | null;
}

export interface ForecastInput {
  years: number[];
  projects: PlannedProject[];
  ratios: Pick<WorkRatio, 'workPackage' | 'hoursPerUnit' | 'ulos'>[];
  /** Productive hours of one worker in a year. */
  productiveHours: number;
  /** Uptake multiplier of the scenario (1 = the planned works as entered). */
  multiplier: number;
  holdings: UloHolding[];
  qualifications?: { code: string; ulos: string[] }[];
}

export interface UloYear {
  ulo: string;
  /** Workers the year's work needs holding the ULO (whole people, rounded up). */
  needed: number;
  /** Workers holding it that year: those whose hold expires that year or before are no longer counted. */
  held: number;
  /** Holders lost to expiry during that year. */
  expiring: number;
  gap: number;
}

export interface YearForecast {
  year: number;
  hoursByTrade: Record<Trade, number>;
  hours: number;
  /** Full-time workers the hours take (hours / productive hours), unrounded. */
  workers: number;
  ulos: UloYear[];
  /** A qualification's gap is the largest gap among its ULOs the work needs: each person short of one must train. */
  qualifications: { code: string; gap: number }[];
}

// Rounding up a need that is a whole number but for floating-point dust (e.g. 3.0000000001) would invent a worker.
const wholeUp = (x: number): number => Math.max(0, Math.ceil(x - 1e-9));

const zeroTrades = (): Record<Trade, number> => Object.fromEntries(TRADES.map((t) => [t, 0])) as Record<Trade, number>;

/** Quantity of each work package done in `year` across the projects, before the multiplier. */
export function quantitiesInYear(projects: PlannedProject[], year: number): Map<WorkPackage, number> {
  const out = new Map<WorkPackage, number>();
  for (const project of projects) {
    const years = new Set(project.years);
    if (!years.has(year)) continue;
    for (const p of project.packages) out.set(p.workPackage, (out.get(p.workPackage) ?? 0) + p.quantity / years.size);
  }
  return out;
}

/** Holders of each ULO counted in `year`, and those lost to expiry during that year. */
export function supplyInYear(holdings: UloHolding[], year: number): Map<string, { held: number; expiring: number }> {
  const out = new Map<string, { held: number; expiring: number }>();
  for (const h of holdings) {
    const row = out.get(h.ulo) ?? { held: 0, expiring: 0 };
    if (h.expiresYear === null || h.expiresYear > year) row.held += h.workers;
    if (h.expiresYear === year) row.expiring += h.workers;
    out.set(h.ulo, row);
  }
  return out;
}

export function forecastYear(input: ForecastInput, year: number): YearForecast {
  if (!(input.productiveHours > 0)) throw new RangeError('productiveHours must be positive');
  const quantities = quantitiesInYear(input.projects, year);
  const hoursByTrade = zeroTrades();
  const uloWorkers = new Map<string, number>();
  for (const ratio of input.ratios) {
    const quantity = (quantities.get(ratio.workPackage) ?? 0) * input.multiplier;
    let packageHours = 0;
    for (const trade of TRADES) {
      const h = quantity * (ratio.hoursPerUnit[trade] ?? 0);
      hoursByTrade[trade] += h;
      packageHours += h;
    }
    // Everyone doing the package needs each of its ULOs.
    for (const ulo of new Set(ratio.ulos)) uloWorkers.set(ulo, (uloWorkers.get(ulo) ?? 0) + packageHours / input.productiveHours);
  }
  const hours = TRADES.reduce((sum, t) => sum + hoursByTrade[t], 0);
  const supply = supplyInYear(input.holdings, year);
  const ulos = [...uloWorkers]
    .map(([ulo, workers]): UloYear => {
      const needed = wholeUp(workers);
      const { held, expiring } = supply.get(ulo) ?? { held: 0, expiring: 0 };
      return { ulo, needed, held, expiring, gap: Math.max(0, needed - held) };
    })
    // A ULO only the year's absent work packages require is not needed that year.
    .filter((u) => u.needed > 0)
    .sort((a, b) => b.gap - a.gap || a.ulo.localeCompare(b.ulo));
  const gapOf = new Map(ulos.map((u) => [u.ulo, u.gap]));
  const qualifications = (input.qualifications ?? [])
    .filter((q) => q.ulos.some((u) => gapOf.has(u)))
    .map((q) => ({ code: q.code, gap: Math.max(0, ...q.ulos.map((u) => gapOf.get(u) ?? 0)) }))
    .sort((a, b) => b.gap - a.gap || a.code.localeCompare(b.code));
  return { year, hoursByTrade, hours, workers: hours / input.productiveHours, ulos, qualifications };
}

export const forecast = (input: ForecastInput): YearForecast[] => input.years.map((year) => forecastYear(input, year));

/** Each ULO's largest gap over the period: the people to train before the works peak. */
export function peakGaps(years: YearForecast[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const y of years) for (const u of y.ulos) out.set(u.ulo, Math.max(out.get(u.ulo) ?? 0, u.gap));
  return out;
}
