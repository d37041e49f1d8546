// Aggregates of the social clause for a network body's figures: validated hours of its contracts declared by the
// companies sharing with it now, by territory (and month), with how many distinct people they come from (what the
// small-count rule looks at), and the contracts' hours targets. Never a name or a person's id.
import type { SqlRunner } from '../../common/sql.js';
import { queryRows } from '../../common/sql.js';

export interface ClauseHoursRow {
  territory: string | null;
  month: string | null;
  hours: number;
  people: number;
}

const VALIDATED = `from clause_hour_declarations d
  join clause_participants p on p.id = d.participant_id
  join clause_contracts c on c.id = p.contract_id
  left join territories t on t.id = c.territory_id
 where c.network_organisation_id = $1 and d.organisation_id = any($2::uuid[]) and d.status = 'validated'`;

/** Per territory and month from `fromMonth`, and per territory over those months (month null). */
export const clauseHoursByMonth = (
  db: SqlRunner,
  network: string,
  companies: string[],
  fromMonth: string,
): Promise<ClauseHoursRow[]> =>
  queryRows<ClauseHoursRow>(
    db,
    `select t.name as territory, d.month, sum(d.hours_worked + d.training_hours)::float as hours, count(distinct p.user_id)::int as people
       ${VALIDATED} and d.month >= $3
      group by grouping sets ((t.name, d.month), (t.name))`,
    [network, companies, fromMonth],
  );

/** Per territory since the contracts began (month null). */
export const clauseHoursAllTime = (
  db: SqlRunner,
  network: string,
  companies: string[],
): Promise<ClauseHoursRow[]> =>
  queryRows<ClauseHoursRow>(
    db,
    `select t.name as territory, null as month, sum(d.hours_worked + d.training_hours)::float as hours, count(distinct p.user_id)::int as people
       ${VALIDATED} group by t.name`,
    [network, companies],
  );

/** The clause's hours targets of the body's contracts, per territory. */
export const clauseTargets = (
  db: SqlRunner,
  network: string,
): Promise<{ territory: string | null; target: number }[]> =>
  queryRows(
    db,
    `select t.name as territory, sum(l.target_hours)::float as target
       from clause_contracts c join clause_lots l on l.contract_id = c.id left join territories t on t.id = c.territory_id
      where c.network_organisation_id = $1 group by t.name order by t.name nulls last`,
    [network],
  );
