// The aggregates of the network figures, read straight from the companies' records: only counts and sums leave
// this module, never a name or a person's id.
import type { SqlRunner } from '../../common/sql.js';
import { queryRows } from '../../common/sql.js';

export interface ActivityRow {
  month: string;
  workers: number;
  durations: (string | null)[];
}

/** Per month: distinct workers who completed a module or step, and the durations of what they completed. */
export const monthlyActivity = (db: SqlRunner, companies: string[], from: string, completed: string): Promise<ActivityRow[]> =>
  queryRows<ActivityRow>(
    db,
    `select to_char(s.timestamp at time zone 'UTC', 'YYYY-MM') as month, count(distinct s.actor_user_id)::int as workers,
            array_agg(s.statement->'result'->>'duration') as durations
       from xapi_statements s
      where s.organisation_id = any($1::uuid[]) and s.verb_id = $3 and not s.voided and s.timestamp >= $2::date
      group by 1`,
    [companies, from, completed],
  );

/** Distinct workers trained over the whole period (a worker trained in two months counts once). */
export const workersOverPeriod = async (db: SqlRunner, companies: string[], from: string, completed: string): Promise<number> => {
  const [row] = await queryRows<{ n: number }>(
    db,
    `select count(distinct s.actor_user_id)::int as n from xapi_statements s
      where s.organisation_id = any($1::uuid[]) and s.verb_id = $3 and not s.voided and s.timestamp >= $2::date`,
    [companies, from, completed],
  );
  return row?.n ?? 0;
};

// A holder counts for the network when they belong to a sharing company (once, whatever their memberships).
const AWARDS = `from qualification_awards a
  join scheme_qualifications q on q.id = a.qualification_id
  join qualification_schemes s on s.id = q.scheme_id
 where a.revoked_at is null
   and exists (select 1 from memberships m where m.user_id = a.user_id and m.organisation_id = any($1::uuid[]))`;

export const awardsByMonth = (db: SqlRunner, companies: string[], from: string): Promise<{ scheme: string; month: string; n: number }[]> =>
  queryRows(
    db,
    `select s.code as scheme, to_char(a.awarded_at, 'YYYY-MM') as month, count(*)::int as n ${AWARDS}
        and a.awarded_at >= $2::date group by 1, 2 order by 1`,
    [companies, from],
  );

export const expiringSoon = (db: SqlRunner, companies: string[]): Promise<{ scheme: string; n: number }[]> =>
  queryRows(
    db,
    `select s.code as scheme, count(*)::int as n ${AWARDS}
        and a.expired_at is null and a.expires_at >= current_date and a.expires_at < current_date + interval '6 months'
      group by 1 order by 1`,
    [companies],
  );

// An award's EQF level is the highest level of the reference ULOs it proves (its evidence), null when it names none.
const EVIDENCE = `jsonb_array_elements(case when jsonb_typeof(a.evidence) = 'array' then a.evidence else '[]'::jsonb end)`;

export const awardsByEqfLevel = (db: SqlRunner, companies: string[], from: string): Promise<{ level: number | null; month: string; n: number }[]> =>
  queryRows(
    db,
    `select (select max(r.eqf_level) from ${EVIDENCE} e join reference_ulos r on r.framework_id = s.framework_id and r.code = e->>'ulo')::int as level,
            to_char(a.awarded_at, 'YYYY-MM') as month, count(*)::int as n ${AWARDS}
        and a.awarded_at >= $2::date group by 1, 2 order by 1 nulls last`,
    [companies, from],
  );

/** ULOs awarded (each holder's ULO once a month) and the distinct holders, per month and over the period (month null). */
export const ulosAwarded = (db: SqlRunner, companies: string[], from: string): Promise<{ month: string | null; ulos: number; holders: number }[]> =>
  queryRows(
    db,
    `select to_char(a.awarded_at, 'YYYY-MM') as month, count(distinct (a.user_id, e->>'ulo'))::int as ulos, count(distinct a.user_id)::int as holders
       from qualification_awards a
       join scheme_qualifications q on q.id = a.qualification_id
       join qualification_schemes s on s.id = q.scheme_id
       cross join lateral ${EVIDENCE} e
      where a.revoked_at is null and a.awarded_at >= $2::date
        and exists (select 1 from memberships m where m.user_id = a.user_id and m.organisation_id = any($1::uuid[]))
      group by grouping sets ((to_char(a.awarded_at, 'YYYY-MM')), ())`,
    [companies, from],
  );
