// A recall review as an xAPI statement (FIT's `recalled` verb), and the review any statement stands for: the first
// answer in the module (ADL `answered`) and each later recall both count, on a question step of a FIT module version.
import { ADL_VERBS, FIT_ACCOUNT_HOMEPAGE, FIT_VERBS, XAPI_VERSION } from '../xapi/verbs.js';
import { moduleVersionActivity, stepActivity, stepOfActivity } from '../xapi/activities.js';
import type { Statement } from '../xapi/statement.js';
import type { RecallReview } from './scheduler.js';

/** The verbs whose statements are reviews of a card. */
export const RECALL_REVIEW_VERBS: readonly string[] = [ADL_VERBS.answered, FIT_VERBS.recalled];

export interface RecallAnswer {
  /** The statement id, made on the tablet: a resend is the same statement. */
  id: string;
  userId: string;
  versionId: string;
  stepId: string;
  /** The option ids chosen, in order. */
  response: string[];
  correct: boolean;
  /** When the worker answered (ISO 8601). */
  at: string;
  language?: string;
}

export function recallStatement(answer: RecallAnswer): Statement {
  return {
    id: answer.id,
    actor: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: answer.userId } },
    verb: { id: FIT_VERBS.recalled, display: { 'en-US': 'recalled' } },
    object: { objectType: 'Activity', id: stepActivity(answer.versionId, answer.stepId) },
    result: { response: answer.response.join('[,]'), success: answer.correct },
    context: {
      platform: 'FIT tablet',
      ...(answer.language ? { language: answer.language } : {}),
      contextActivities: { parent: [{ objectType: 'Activity', id: moduleVersionActivity(answer.versionId) }] },
    },
    timestamp: answer.at,
    version: XAPI_VERSION,
  };
}

/** The card (step activity) and review a statement stands for, or undefined when it is no review of a question. */
export function recallReviewOf(statement: Pick<Statement, 'id' | 'verb' | 'object' | 'result' | 'timestamp'>): { activityId: string; review: RecallReview } | undefined {
  if (!RECALL_REVIEW_VERBS.includes(statement.verb.id)) return undefined;
  const activityId = (statement.object as { id?: string }).id;
  if (!activityId || !stepOfActivity(activityId) || typeof statement.result?.success !== 'boolean' || !statement.id || !statement.timestamp) return undefined;
  return { activityId, review: { at: statement.timestamp, correct: statement.result.success, id: statement.id } };
}
