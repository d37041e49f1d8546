// Realised training hours of AFESTs, per worker and calendar month (Europe/Paris by default): the time the worker's
// module attempts reported (durations of `completed` on the AFEST's modules, between its positioning and its lock)
// plus the planned on-site time of each work sequence the worker reflected on (dated by the first reflection).
// The social clause's training hours read this; the traceability file shows the same figures.
import type { DataSource, EntityManager } from 'typeorm';
import { ADL_VERBS, AFEST_VERBS, DEFAULT_TIME_ZONE, hoursOf, moduleVersionActivity } from '@fit/shared';

export interface TrainingHoursRow {
  workerId: string;
  /** YYYY-MM */
  month: string;
  moduleSeconds: number;
  onSiteSeconds: number;
  /** (module + on-site) to the quarter hour. */
  hours: number;
}

export interface TrainingHoursFilter {
  workerIds?: readonly string[];
  afestIds?: readonly string[];
  /** First and last month included, YYYY-MM. */
  from?: string;
  to?: string;
  timeZone?: string;
}

const MODULE_IRI = moduleVersionActivity('');

/** Statements of realised time, one row per piece (a module attempt or a reflected work sequence). */
export const REALISED_TIME_SQL = `
  with a as (
    select id, worker_id, positioned_at, coalesce(locked_at, 'infinity'::timestamptz) as until from afests
     where organisation_id = $1 and ($2::uuid[] is null or id = any($2)) and ($3::uuid[] is null or worker_id = any($3))
  ), versions as (
    select distinct a.id as afest_id, a.worker_id, a.positioned_at, a.until, v2.id as version_id
      from a join afest_sequences q on q.afest_id = a.id
      join module_versions v on v.id = q.module_version_id
      join module_versions v2 on v2.module_id = v.module_id
  ), module_time as (
    select distinct on (s.id) s.id::text as piece, v.afest_id, s.actor_user_id as worker_id, s.timestamp as at,
           extract(epoch from (s.statement->'result'->>'duration')::interval)::int as seconds, 'module' as kind
      from versions v
      join xapi_statements s on s.organisation_id = $1 and s.actor_user_id = v.worker_id
       and s.object_id = '${MODULE_IRI}' || v.version_id
     where not s.voided and s.verb_id = '${ADL_VERBS.completed}' and s.statement->'result'->>'duration' is not null
       and s.timestamp >= v.positioned_at and s.timestamp <= v.until
     order by s.id
  ), site_time as (
    select q.id::text as piece, a.id as afest_id, a.worker_id, r.at, q.planned_minutes * 60 as seconds, 'site' as kind
      from a join afest_sequences q on q.afest_id = a.id
      join lateral (
        select min(s.timestamp) as at from xapi_statements s
         where s.organisation_id = $1 and not s.voided and s.verb_id = '${AFEST_VERBS.reflected}' and s.actor_user_id = a.worker_id
           and s.object_id = 'https://w3id.org/fit/afest/' || a.id || '/sequences/' || q.id
      ) r on r.at is not null
  )
  select * from module_time union all select * from site_time`;

/** Realised training hours per worker per month, in the organisation (the function the social clause reads). */
export async function afestTrainingHours(db: DataSource | EntityManager, organisationId: string, filter: TrainingHoursFilter = {}): Promise<TrainingHoursRow[]> {
  const rows = await db.query<{ workerId: string; month: string; moduleSeconds: number; onSiteSeconds: number }[]>(
    `select worker_id as "workerId", month,
            coalesce(sum(seconds) filter (where kind = 'module'), 0)::int as "moduleSeconds",
            coalesce(sum(seconds) filter (where kind = 'site'), 0)::int as "onSiteSeconds"
       from (select worker_id, kind, seconds, to_char(at at time zone $4, 'YYYY-MM') as month from (${REALISED_TIME_SQL}) p) t
      where ($5::text is null or month >= $5) and ($6::text is null or month <= $6)
      group by 1, 2
      order by 2, 1`,
    [organisationId, filter.afestIds ?? null, filter.workerIds ?? null, filter.timeZone ?? DEFAULT_TIME_ZONE, filter.from ?? null, filter.to ?? null],
  );
  return rows.map((r) => ({ ...r, hours: hoursOf(r.moduleSeconds + r.onSiteSeconds) }));
}
