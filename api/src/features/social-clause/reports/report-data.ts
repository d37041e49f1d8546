// The figures of a clause report, from validated declarations only: one line per participant-month (what the CSV
// lists, so every total can be summed again from it), and the totals by month, category, company and lot.
import type { EntityManager } from 'typeorm';
import { fte, roundHours } from '@fit/shared';

export interface ReportLine {
  month: string;
  contract: string;
  lot: string;
  company: string;
  /** A participant's short code, not their name: reports go to buyers. */
  participant: string;
  category: string;
  hoursWorked: number;
  trainingHours: number;
  total: number;
}

export interface ReportTotals {
  hours: number;
  fte: number;
  targetHours: number;
  percent: number;
  participants: number;
  byMonth: { key: string; hours: number; cumulative: number; target: number }[];
  byCategory: { key: string; hours: number }[];
  byCompany: { key: string; hours: number }[];
  byLot: { key: string; hours: number; target: number }[];
}

export interface ReportRaw {
  lines: ReportLine[];
  /** For the log of eligibility reads: whose category the report shows. */
  people: { id: string; user_id: string; organisation_id: string; category: string | null }[];
}

/** Validated lines of the given contracts, for the companies given, from `fromMonth` to `toMonth` included. */
export async function reportLines(db: EntityManager, contractIds: string[], companyIds: string[], fromMonth: string, toMonth: string): Promise<ReportRaw> {
  const rows = await db.query<(ReportLine & { participant_id: string; user_id: string; organisation_id: string; raw_category: string | null })[]>(
    `select d.month, c.reference as contract, l.label as lot, o.name as company, upper(left(p.id::text, 8)) as participant,
            coalesce(p.category, 'erased') as category, p.category as raw_category, d.hours_worked::float as "hoursWorked",
            d.training_hours::float as "trainingHours", (d.hours_worked + d.training_hours)::float as total,
            p.id as participant_id, p.user_id, p.organisation_id
       from clause_hour_declarations d
       join clause_participants p on p.id = d.participant_id
       join clause_contracts c on c.id = p.contract_id
       join clause_lots l on l.id = d.lot_id
       join organisations o on o.id = d.organisation_id
      where p.contract_id = any($1::uuid[]) and d.organisation_id = any($2::uuid[]) and d.status = 'validated'
        and d.month between $3 and $4
      order by d.month, c.reference, l.label, o.name, participant`,
    [contractIds, companyIds, fromMonth, toMonth],
  );
  const people = new Map(rows.map((r) => [r.participant_id, { id: r.participant_id, user_id: r.user_id, organisation_id: r.organisation_id, category: r.raw_category }]));
  return {
    lines: rows.map(({ month, contract, lot, company, participant, category, hoursWorked, trainingHours, total }) => ({ month, contract, lot, company, participant, category, hoursWorked, trainingHours, total })),
    people: [...people.values()],
  };
}

/** The months from one to another, both included ('YYYY-MM'). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 240; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

function sumBy(lines: readonly ReportLine[], key: (l: ReportLine) => string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const l of lines) sums.set(key(l), roundHours((sums.get(key(l)) ?? 0) + l.total));
  return sums;
}

/**
 * Totals of the lines; the target is spread evenly over the months (the line a buyer compares the cumulative
 * hours with), and lot targets are given by lot label.
 */
export function reportTotals(lines: readonly ReportLine[], months: readonly string[], targetHours: number, lotTargets: ReadonlyMap<string, number>): ReportTotals {
  const hours = roundHours(lines.reduce((s, l) => s + l.total, 0));
  const perMonth = sumBy(lines, (l) => l.month);
  let cumulative = 0;
  const byMonth = months.map((key, i) => {
    cumulative = roundHours(cumulative + (perMonth.get(key) ?? 0));
    return { key, hours: perMonth.get(key) ?? 0, cumulative, target: roundHours((targetHours * (i + 1)) / months.length) };
  });
  const sorted = (m: Map<string, number>) => [...m.entries()].map(([key, h]) => ({ key, hours: h })).sort((a, b) => b.hours - a.hours || a.key.localeCompare(b.key));
  const perLot = sumBy(lines, (l) => l.lot);
  return {
    hours,
    fte: fte(hours),
    targetHours,
    percent: targetHours > 0 ? Math.round((hours / targetHours) * 100) : 0,
    participants: new Set(lines.map((l) => l.participant)).size,
    byMonth,
    byCategory: sorted(sumBy(lines, (l) => l.category)),
    byCompany: sorted(sumBy(lines, (l) => l.company)),
    byLot: [...lotTargets.entries()].map(([key, target]) => ({ key, hours: perLot.get(key) ?? 0, target })),
  };
}
