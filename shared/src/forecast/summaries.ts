// What the charts and the PDF draw from a scenario's years: people × ULO needed against those covered by holders,
// year by year, and the largest gaps over the period.
interface UloFigures {
  ulo: string;
  needed: number;
  held: number;
  gap: number;
  title?: string;
}

/** Per year: the ULO needs summed (a person needing two ULOs counts twice) and the part holders cover. */
export function needsAndSupply(years: { year: number; ulos: UloFigures[] }[]): { year: number; needed: number; held: number }[] {
  return years.map((y) => ({
    year: y.year,
    needed: y.ulos.reduce((sum, u) => sum + u.needed, 0),
    held: y.ulos.reduce((sum, u) => sum + Math.min(u.held, u.needed), 0),
  }));
}

/** Each ULO's largest gap over the years, the largest first, at most `count`. */
export function topGaps(years: { ulos: UloFigures[] }[], count = 8): { ulo: string; title: string; gap: number }[] {
  const peak = new Map<string, { ulo: string; title: string; gap: number }>();
  for (const y of years) for (const u of y.ulos) if (u.gap > (peak.get(u.ulo)?.gap ?? 0)) peak.set(u.ulo, { ulo: u.ulo, title: u.title ?? u.ulo, gap: u.gap });
  return [...peak.values()].sort((a, b) => b.gap - a.gap || a.ulo.localeCompare(b.ulo)).slice(0, count);
}
