// The forecast as one table (a line per scenario, year and ULO, with the year's hours by trade), the shape the CSV
// and XLSX downloads share; and the central scenario's figures the PDF and the charts draw.
import { TRADES, type Trade } from '@fit/shared';
import type { Forecast } from './models/forecast-result.models.js';
import { FORECAST_WORDS, type FileLanguage } from './forecast-words.js';

export function forecastTable(f: Forecast, lang: FileLanguage): { header: string[]; rows: (string | number)[][] } {
  const t = FORECAST_WORDS[lang];
  const header = [t.scenario, t.multiplier, t.year, t.hours, t.workers, ...TRADES.map((tr) => t.trades[tr]), t.ulo, t.uloTitle, t.needed, t.held, t.expiring, t.gap];
  const rows = f.scenarios.flatMap((s) =>
    yearsOf(f, s.kind).flatMap((y) => {
      const byTrade = new Map(y.hoursByTrade.map((h) => [h.trade as Trade, h.hours]));
      const base = [t.scenarios[s.kind as keyof typeof t.scenarios], s.multiplier, y.year, round(y.hours), round(y.workers, 1), ...TRADES.map((tr) => round(byTrade.get(tr) ?? 0))];
      const ulos = y.ulos.length ? y.ulos : [null];
      return ulos.map((u) => [...base, u?.ulo ?? '', u?.title ?? '', u?.needed ?? 0, u?.held ?? 0, u?.expiring ?? 0, u?.gap ?? 0]);
    }),
  );
  return { header, rows };
}

export const yearsOf = (f: Forecast, kind: string) => f.years.filter((y) => y.scenario === kind);

export const round = (x: number, digits = 0): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Per year of the central scenario: people needed (largest ULO need) against holders of that ULO. */
export function needsAndSupply(f: Forecast): { year: number; needed: number; held: number }[] {
  return yearsOf(f, 'central').map((y) => ({
    year: y.year,
    needed: y.ulos.reduce((sum, u) => sum + u.needed, 0),
    held: y.ulos.reduce((sum, u) => sum + Math.min(u.held, u.needed), 0),
  }));
}

/** The central scenario's largest peak gaps, ULO by ULO. */
export function topGaps(f: Forecast, count = 8): { ulo: string; title: string; gap: number }[] {
  const peak = new Map<string, { ulo: string; title: string; gap: number }>();
  for (const y of yearsOf(f, 'central')) for (const u of y.ulos) if (u.gap > (peak.get(u.ulo)?.gap ?? 0)) peak.set(u.ulo, { ulo: u.ulo, title: u.title, gap: u.gap });
  return [...peak.values()].sort((a, b) => b.gap - a.gap || a.ulo.localeCompare(b.ulo)).slice(0, count);
}
