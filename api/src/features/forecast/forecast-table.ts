// The forecast as one table (a line per scenario, year and ULO, with the year's hours by trade), the shape the CSV
// and XLSX downloads share; and the central scenario's figures the PDF and the charts draw.
import { needsAndSupply, topGaps, TRADES, type Trade } from '@fit/shared';
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

/** Needs against supply per year of the central scenario (see @fit/shared needsAndSupply). */
export const centralNeedsAndSupply = (f: Forecast) => needsAndSupply(yearsOf(f, 'central'));

/** The central scenario's largest peak gaps, ULO by ULO. */
export const centralTopGaps = (f: Forecast) => topGaps(yearsOf(f, 'central'));
