// Keeps learning_progress in step with the ledger: added statements fold in; voiding recomputes what it touched.
import type { EntityManager } from 'typeorm';
import { ADL_VERBS } from '@fit/shared';

// Per learner and activity, from live (not voided) statements; time corrected by the device's measured clock skew.
const AGGREGATE = `
  select actor_user_id as user_id, object_id as activity_id,
    count(*) filter (where verb_id = '${ADL_VERBS.attempted}') as attempts,
    min(ts) as first_at, max(ts) as last_at,
    min(ts) filter (where verb_id = '${ADL_VERBS.completed}' or (statement->'result'->>'completion')::boolean) as completed_at,
    min(ts) filter (where verb_id = '${ADL_VERBS.passed}' or (statement->'result'->>'success')::boolean) as passed_at,
    min(ts) filter (where verb_id = '${ADL_VERBS.failed}') as failed_at,
    max((statement->'result'->'score'->>'scaled')::float8) as best_score,
    coalesce(sum(extract(epoch from (statement->'result'->>'duration')::interval))
      filter (where verb_id = '${ADL_VERBS.completed}'), 0)::int as training_seconds,
    count(*) as statement_count
  from (
    select s.*, s.timestamp + make_interval(secs => coalesce(s.clock_skew_ms, 0) / 1000.0) as ts
    from %SOURCE% s
    where s.actor_user_id is not null and not s.voided and s.verb_id <> '${ADL_VERBS.voided}' and %FILTER%
  ) live
  group by actor_user_id, object_id`;

const COLUMNS = 'user_id, activity_id, attempts, first_at, last_at, completed_at, passed_at, failed_at, best_score, training_seconds, statement_count';

const aggregate = (source: string, filter: string) => AGGREGATE.replace('%SOURCE%', source).replace('%FILTER%', filter);

/**
 * The upsert that folds the rows of `source` (a table or a CTE with the ledger's columns) into the projection; every
 * aggregate is additive or min/max. Exported so the ingest can fold the rows it inserts in the same statement.
 */
export function foldSql(source: string, filter = 'true'): string {
  return `insert into learning_progress as p (${COLUMNS})
     ${aggregate(source, filter)}
     on conflict (user_id, activity_id) do update set
       attempts = p.attempts + excluded.attempts,
       first_at = least(p.first_at, excluded.first_at),
       last_at = greatest(p.last_at, excluded.last_at),
       completed_at = least(p.completed_at, excluded.completed_at),
       passed_at = least(p.passed_at, excluded.passed_at),
       failed_at = least(p.failed_at, excluded.failed_at),
       best_score = greatest(p.best_score, excluded.best_score),
       training_seconds = p.training_seconds + excluded.training_seconds,
       statement_count = p.statement_count + excluded.statement_count`;
}

/** Folds newly stored statements into the projection. */
export async function foldIntoProgress(tx: EntityManager, statementIds: string[]): Promise<void> {
  if (statementIds.length === 0) return;
  await tx.query(foldSql('xapi_statements', 's.id = any($1::uuid[])'), [statementIds]);
}

/** Recomputes the rows of these learner/activity pairs from the ledger (after voiding). */
export async function recomputeProgress(tx: EntityManager, keys: { userId: string; activityId: string }[]): Promise<void> {
  if (keys.length === 0) return;
  const params = [keys.map((k) => k.userId), keys.map((k) => k.activityId)];
  await tx.query(
    `delete from learning_progress where (user_id, activity_id) in (select * from unnest($1::uuid[], $2::text[]))`,
    params,
  );
  await tx.query(
    `insert into learning_progress (${COLUMNS})
     ${aggregate('xapi_statements', '(s.actor_user_id, s.object_id) in (select * from unnest($1::uuid[], $2::text[]))')}`,
    params,
  );
}
