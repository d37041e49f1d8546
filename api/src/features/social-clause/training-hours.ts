// Training hours FIT knows of a worker for a month: the durations of the modules and practical tasks they completed
// that month, and of practical tasks a trainer validated on site that month (each attempt counted once). Months are
// read in UTC: a declaration's precision is the hour, and a month's edge moves at most one evening's work.
import type { EntityManager } from 'typeorm';
import { ADL_VERBS, FIT_VERBS, durationSeconds, monthDays, roundHours } from '@fit/shared';

export async function trainingHoursOfMonth(db: EntityManager, organisationId: string, userId: string, month: string): Promise<number> {
  const { first, last } = monthDays(month);
  const rows = await db.query<{ duration: string | null }[]>(
    `select s.statement->'result'->>'duration' as duration
       from xapi_statements s
      where s.organisation_id = $1 and s.actor_user_id = $2 and s.verb_id = $3 and not s.voided
        and ((s.timestamp >= $5::date and s.timestamp < $6::date + 1)
          or exists (select 1 from xapi_statements v
                      where v.organisation_id = s.organisation_id and v.verb_id = $4 and not v.voided
                        and v.statement->'context'->'statement'->>'id' = s.id::text
                        and v.timestamp >= $5::date and v.timestamp < $6::date + 1))`,
    [organisationId, userId, ADL_VERBS.completed, FIT_VERBS.validated, first, last],
  );
  const seconds = rows.reduce((sum, r) => sum + durationSeconds(r.duration ?? undefined), 0);
  // Quarter hours, as people declare them.
  return roundHours(Math.round((seconds / 3600) * 4) / 4);
}
