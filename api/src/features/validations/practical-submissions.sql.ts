// The practical submissions query, shared by on-site validation and the assignments' status (which follows sign-offs).
import { ADL_VERBS, FIT_EXTENSIONS, FIT_VERBS } from '@fit/shared';

/**
 * Submissions with their latest live review (a validated or rejected statement pointing at them), in the organisation
 * `organisation` names: a parameter, or a column of an outer query.
 */
export const submissionsOf = (organisation: string) => `
  select s.id as "statementId", s.actor_user_id as "workerId", u.display_name as "workerName", s.object_id as "activityId",
         s.statement->'result'->>'response' as response,
         coalesce(s.statement->'result'->'extensions'->'${FIT_EXTENSIONS.evidence}', '[]'::jsonb) as evidence,
         s.timestamp as "submittedAt",
         case r.verb_id when '${FIT_VERBS.validated}' then 'validated' when '${FIT_VERBS.rejected}' then 'to_redo' else 'pending' end as review,
         r.statement->'result'->>'response' as "reviewComment", ru.display_name as "reviewedBy", r.stored as "reviewedAt"
    from xapi_statements s
    join users u on u.id = s.actor_user_id
    left join lateral (
      select v.* from xapi_statements v
       where v.organisation_id = s.organisation_id and not v.voided
         and v.verb_id in ('${FIT_VERBS.validated}', '${FIT_VERBS.rejected}')
         and v.statement->'context'->'statement'->>'id' = s.id::text
       order by v.stored desc limit 1
    ) r on true
    left join users ru on ru.id = r.actor_user_id
   where s.organisation_id = ${organisation} and not s.voided and s.verb_id = '${ADL_VERBS.completed}'
     and (s.statement->'result'->'extensions'->>'${FIT_EXTENSIONS.signOffRequested}')::boolean`;

/** The submissions of the organisation given as $1. */
export const SUBMISSIONS = submissionsOf('$1');
