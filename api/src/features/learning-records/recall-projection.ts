// Keeps recall_cards equal to the replay of each card's review log: whenever reviews of a question arrive (in any
// order, in any batch, resent or not), the card is recomputed from every stored, non-voided review of it, sorted by
// review time. The same replay runs on the tablet (shared/src/recall), so both agree on the due date.
import type { EntityManager } from 'typeorm';
import { FIT_VERBS, RECALL_REVIEW_VERBS, replayRecallCard, stepOfActivity, type RecallReview } from '@fit/shared';
import { isUuid } from '../../common/ids.js';
import { queryRows } from '../../common/sql.js';

export interface RecallCardKey {
  userId: string;
  activityId: string;
}

/** The cards a set of ledger rows reviews: rows by a FIT user, with a review verb, about a question step. */
export function recallCardKeys(rows: readonly { actorUserId: string | null; verbId: string; objectId: string }[]): RecallCardKey[] {
  const keys = new Map<string, RecallCardKey>();
  for (const r of rows) {
    if (!r.actorUserId || !RECALL_REVIEW_VERBS.includes(r.verbId)) continue;
    // Only FIT's own module versions (an outside client may write look-alike IRIs that name no version).
    const step = stepOfActivity(r.objectId);
    if (!step || !isUuid(step.versionId)) continue;
    keys.set(`${r.actorUserId} ${r.objectId}`, { userId: r.actorUserId, activityId: r.objectId });
  }
  return [...keys.values()];
}

/** Recomputes the given cards inside the caller's transaction (the one that stored or voided their reviews). */
export async function refreshRecallCards(tx: EntityManager, keys: readonly RecallCardKey[]): Promise<void> {
  if (keys.length === 0) return;
  // Two batches about the same worker may commit at once, each blind to the other's rows: one at a time per worker,
  // and the read below (a new snapshot, after the lock) sees what the other committed. Locks taken in a fixed order.
  const users = [...new Set(keys.map((k) => k.userId))].sort();
  await tx.query(`select pg_advisory_xact_lock(hashtext('recall:' || u)) from unnest($1::text[]) as u order by u`, [users]);
  const rows = await queryRows<{ user_id: string; object_id: string; id: string; verb_id: string; timestamp: Date; success: boolean | null }>(
    tx,
    `select s.actor_user_id as user_id, s.object_id, s.id, s.verb_id, s.timestamp, (s.statement->'result'->>'success')::boolean as success
       from xapi_statements s
       join unnest($1::uuid[], $2::text[]) as k(user_id, object_id) on s.actor_user_id = k.user_id and s.object_id = k.object_id
      where s.verb_id = any($3::text[]) and not s.voided`,
    [keys.map((k) => k.userId), keys.map((k) => k.activityId), RECALL_REVIEW_VERBS],
  );
  const logs = new Map<string, RecallReview[]>();
  // The last recall that found the question remembered (the first answer in the module is no recall).
  const remembered = new Map<string, string>();
  for (const r of rows) {
    if (r.success === null) continue;
    const key = `${r.user_id} ${r.object_id}`;
    const at = new Date(r.timestamp).toISOString();
    logs.set(key, [...(logs.get(key) ?? []), { at, correct: r.success, id: r.id }]);
    if (r.verb_id === FIT_VERBS.recalled && r.success && at > (remembered.get(key) ?? '')) remembered.set(key, at);
  }
  const cards = keys.flatMap(({ userId, activityId }) => {
    const card = replayRecallCard(logs.get(`${userId} ${activityId}`) ?? []);
    const step = stepOfActivity(activityId)!;
    const rememberedAt = remembered.get(`${userId} ${activityId}`) ?? null;
    return card ? [{ user_id: userId, activity_id: activityId, module_version_id: step.versionId, step_id: step.stepId, ...card, rememberedAt }] : [];
  });
  const gone = keys.filter((k) => !logs.has(`${k.userId} ${k.activityId}`));
  if (gone.length) {
    await tx.query(`delete from recall_cards c using unnest($1::uuid[], $2::text[]) as k(user_id, activity_id) where c.user_id = k.user_id and c.activity_id = k.activity_id`, [
      gone.map((k) => k.userId),
      gone.map((k) => k.activityId),
    ]);
  }
  if (cards.length === 0) return;
  await tx.query(
    `insert into recall_cards (user_id, activity_id, module_version_id, step_id, due, stability, difficulty, scheduled_days,
                               learning_steps, reps, lapses, phase, last_review, remembered_at)
     select c.user_id, c.activity_id, c.module_version_id, c.step_id, c.due, c.stability, c.difficulty, c."scheduledDays",
            c."learningSteps", c.reps, c.lapses, c.phase, c."lastReview", c."rememberedAt"
       from jsonb_to_recordset($1::jsonb) as c(user_id uuid, activity_id text, module_version_id uuid, step_id text,
            due timestamptz, stability float8, difficulty float8, "scheduledDays" int, "learningSteps" int, reps int,
            lapses int, phase text, "lastReview" timestamptz, "rememberedAt" timestamptz)
     on conflict (user_id, activity_id) do update set
       due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
       scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, reps = excluded.reps,
       lapses = excluded.lapses, phase = excluded.phase, last_review = excluded.last_review,
       remembered_at = excluded.remembered_at, updated_at = now()`,
    [JSON.stringify(cards)],
  );
}
