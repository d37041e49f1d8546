// The social clause in the network figures: validated hours by territory and month, and hours achieved against the
// contracts' targets by territory. Hours are not people, but hours of a handful of people would tell about them:
// a month's (or a territory's) hours are hidden where they come from fewer than 5 people, by the same rule as counts.
import { roundHours, suppressRow } from '@fit/shared';
import type { SqlRunner } from '../../common/sql.js';
import { clauseHoursAllTime, clauseHoursByMonth, clauseTargets } from './clause-figures-queries.js';
import type { ClauseTargetFigure, FigureRow } from './models/network-figures.model.js';

/** The label of contracts recorded with no territory. */
export const NO_TERRITORY = '';

/**
 * A row of values (hours, ULOs) hidden where the people behind them are few: the cells the small-count rule hides
 * among the people counts, and the total when any cell is hidden or the period's distinct people are few.
 */
export function hideByPeople(
  label: string,
  columns: string[],
  values: number[],
  people: number[],
  periodPeople: number,
): FigureRow {
  const pattern = suppressRow(people);
  const cells = values.map((v, i) => (pattern.cells[i] === null ? null : v));
  const hideTotal = cells.includes(null) || suppressRow([periodPeople]).total === null;
  return { label, columns, cells, total: hideTotal ? null : roundHours(values.reduce((s, v) => s + v, 0)) };
}

export async function clauseFigures(
  db: SqlRunner,
  network: string,
  companies: string[],
  months: string[],
): Promise<{ byTerritory: FigureRow[]; targets: ClauseTargetFigure[] }> {
  const [monthly, allTime, targets] = await Promise.all([
    companies.length ? clauseHoursByMonth(db, network, companies, months[0]!) : [],
    companies.length ? clauseHoursAllTime(db, network, companies) : [],
    clauseTargets(db, network),
  ]);
  const name = (t: string | null) => t ?? NO_TERRITORY;
  const territories = [
    ...new Set([...targets.map((t) => name(t.territory)), ...monthly.map((m) => name(m.territory))]),
  ];
  const byTerritory = territories
    .filter((territory) => monthly.some((m) => name(m.territory) === territory))
    .map((territory) => {
      const cell = (month: string) =>
        monthly.find((m) => name(m.territory) === territory && m.month === month);
      const period = monthly.find((m) => name(m.territory) === territory && m.month === null);
      return hideByPeople(
        territory,
        months,
        months.map((m) => roundHours(cell(m)?.hours ?? 0)),
        months.map((m) => cell(m)?.people ?? 0),
        period?.people ?? 0,
      );
    });
  return {
    byTerritory,
    targets: targets.map((t) => {
      const done = allTime.find((a) => name(a.territory) === name(t.territory));
      const shown = suppressRow([done?.people ?? 0]).total !== null;
      const achieved = shown ? roundHours(done?.hours ?? 0) : null;
      return {
        territory: name(t.territory),
        targetHours: roundHours(t.target),
        achievedHours: achieved,
        percent: achieved === null ? null : t.target > 0 ? Math.round((achieved / t.target) * 100) : 0,
      };
    }),
  };
}
