// The evidence statement behind passports, matrices and awards: what each worker did on modules that cover outcomes.
import type { UloEvidence } from '@fit/shared';

// Timestamps as ISO text: the engine only reads their day, and parsing thousands of Date objects is what a large
// crew's matrix would otherwise spend its time on.
export const isoText = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

// Everything the workers did on modules that cover outcomes, wherever they did it (the record follows the worker),
// with the latest trainer validation of that module version. One statement for any number of workers.
// A validation counts only as part of a chain inside one organisation: stored by the organisation of the learner's own
// statement it points at (the ingest's authority rule checks the trainer's standing when it is made). A `validated`
// written into another organisation's ledger about this worker is never counted.
export const EVIDENCE = `
  with mv as materialized (
    select v.id, v.module_id, v.version, 'https://w3id.org/fit/module-versions/' || v.id as activity_id, v.content->'outcomes' as outcomes,
           -- practicalRequiredForAward (on unless false) and a practical step: see needsValidationForAward in shared.
           (coalesce((v.content->>'practicalRequiredForAward')::boolean, true)
             and coalesce(v.content->'steps', '[]'::jsonb) @> '[{"kind": "practical"}]') as needs_validation
      from module_versions v
     where jsonb_array_length(coalesce(v.content->'outcomes', '[]'::jsonb)) > 0
  ), p as (
    -- A module done counts when passed, or completed without a failed quiz (a module with no quiz has no pass or
    -- fail): the rule of the assignments' "done". A failed attempt is no evidence of anything.
    select p.user_id, p.activity_id, v.module_id, v.id as version_id, v.version, v.needs_validation, p.attempts, o.ulo,
           case when p.failed_at is null then p.completed_at end as completed_at, p.passed_at
      from learning_progress p
      -- Joined on the activity id text itself (a hash join), not on a uuid cut out of it with a regex: 30× faster.
      join mv v on p.activity_id = v.activity_id
      cross join lateral jsonb_array_elements_text(v.outcomes) o(ulo)
     where p.user_id = any($1::uuid[]) and (p.passed_at is not null or (p.completed_at is not null and p.failed_at is null))
  ), val as (
    select distinct on (sub.actor_user_id, s.statement->'context'->'contextActivities'->'parent'->0->>'id')
           sub.actor_user_id as user_id, s.statement->'context'->'contextActivities'->'parent'->0->>'id' as activity_id,
           s.timestamp as validated_at, vu.display_name as validated_by, o.name as organisation_name,
           (select st.name from site_members sm join sites st on st.id = sm.site_id
             where sm.user_id = sub.actor_user_id and st.organisation_id = s.organisation_id order by st.name limit 1) as site_name
      from xapi_statements s
      join xapi_statements sub on sub.id = (case when s.statement->'context'->'statement'->>'id' ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                                                 then (s.statement->'context'->'statement'->>'id')::uuid end)
       and sub.organisation_id = s.organisation_id and not sub.voided
       and sub.actor_user_id::text = s.statement->'context'->'extensions'->$2->'account'->>'name'
      join organisations o on o.id = s.organisation_id
      left join users vu on vu.id = s.actor_user_id
     where s.verb_id = $3 and not s.voided and s.statement->'context'->'extensions'->$2->'account'->>'name' = any($1::uuid[]::text[])
     order by sub.actor_user_id, s.statement->'context'->'contextActivities'->'parent'->0->>'id', s.timestamp desc
  )
  select p.user_id as "userId", p.module_id as "moduleId", p.ulo, ${isoText('p.completed_at')} as "completedAt", ${isoText('p.passed_at')} as "passedAt",
         ${isoText('val.validated_at')} as "validatedAt", p.needs_validation as "validationRequired",
         p.version_id as "versionId", p.version, p.attempts, val.validated_by as "validatedBy",
         case when val.user_id is not null then concat_ws(' — ', val.site_name, val.organisation_name) end as "validatedWhere",
         null::jsonb as "rememberedAt", null::int as "extendMonths", null::int as "windowDays"
    from p left join val on val.user_id = p.user_id and val.activity_id = p.activity_id
  union all
  -- Spaced recall, where the modules' organisation turned "recall keeps a ULO fresh" on: per worker and ULO, when each
  -- of its questions was last remembered (recallFreshUntil in shared decides). In this same statement, so a matrix
  -- still costs the same round trips.
  select c.user_id, min(v.module_id::text)::uuid, o.ulo, null, null, null, false, null, null, null, null, null,
         jsonb_agg(${isoText('c.remembered_at')}), p.extend_months, p.window_days
    from recall_cards c
    join module_versions v on v.id = c.module_version_id
    join recall_policies p on p.organisation_id = v.organisation_id
    cross join lateral jsonb_array_elements_text(coalesce(v.content->'outcomes', '[]'::jsonb)) o(ulo)
   where c.user_id = any($1::uuid[])
   group by c.user_id, o.ulo, p.organisation_id, p.extend_months, p.window_days`;

export type EvidenceRow = UloEvidence & {
  userId: string;
  /** Recall rows only: when each of the ULO's questions was last remembered, and the organisation's policy. */
  rememberedAt: (string | null)[] | null;
  extendMonths: number | null;
  windowDays: number | null;
};
