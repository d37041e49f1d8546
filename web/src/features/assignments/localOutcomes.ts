// What a worker finished on this tablet that the server has not heard of yet (records still in the outbox): the day
// and "My results" show it at once, online or not, instead of waiting for the sync.
import { ADL_VERBS, moduleVersionActivity, versionIdOfActivity, type AssignmentStatus } from '@fit/shared';
import type { OutboxStatement } from '../sync';

export interface LocalOutcome {
  versionId: string;
  outcome: 'passed' | 'failed' | 'completed';
  score?: number;
  at: string;
}

/** The latest finished attempt per module version among the worker's queued records. */
export function localOutcomes(rows: readonly OutboxStatement[], userId: string): Map<string, LocalOutcome> {
  const outcomes = new Map<string, LocalOutcome>();
  for (const { userId: who, statement } of rows) {
    if (who !== userId) continue;
    const objectId = 'id' in statement.object ? String(statement.object.id) : '';
    const versionId = versionIdOfActivity(objectId);
    if (!versionId || objectId !== moduleVersionActivity(versionId)) continue;
    const outcome =
      statement.verb.id === ADL_VERBS.passed ? 'passed' : statement.verb.id === ADL_VERBS.failed ? 'failed' : statement.verb.id === ADL_VERBS.completed ? 'completed' : null;
    if (!outcome) continue;
    const at = statement.timestamp ?? '';
    const known = outcomes.get(versionId);
    // passed/failed say more than the "completed" that goes with them.
    if (known && (known.at > at || (known.at === at && outcome === 'completed'))) continue;
    outcomes.set(versionId, { versionId, outcome, score: statement.result?.score?.scaled, at });
  }
  return outcomes;
}

// Statuses the server gives once it has the records; a local finish never moves an assignment backwards.
const AHEAD: AssignmentStatus[] = ['passed', 'awaiting_sign_off', 'validated'];

/** The assignment's status with the local outcome applied. */
export function withLocalOutcome(status: AssignmentStatus, local: LocalOutcome | undefined): AssignmentStatus {
  if (!local || AHEAD.includes(status)) return status;
  return local.outcome;
}
