// The cmi5 rules of an AU session's statements (cmi5 sections 9.3, 9.5 and 10): "initialized" first and once,
// nothing after "terminated", "completed" and "passed" at most once per registration and AU, no "failed" after
// "passed", "completed"/"passed"/"failed" only in Normal launch mode, and a score consistent with the mastery score.
// Pure: the caller gives what the session and registration already hold, and the statements in the order sent.
import type { Statement } from '@fit/shared';
import type { BrokenRule, CheckedStatement } from '../learning-records/statement-checks.js';
import { CMI5_EXTENSIONS, CMI5_VERBS, type LaunchMode } from './cmi5-vocabulary.js';

/** Verbs only the LMS states: its own statements keep their own rules (see Cmi5SessionsService). */
const LMS_VERBS: ReadonlySet<string> = new Set([CMI5_VERBS.launched, CMI5_VERBS.satisfied, CMI5_VERBS.abandoned, CMI5_VERBS.waived]);

export interface SessionFacts {
  registration: string;
  auId: string;
  launchMode: LaunchMode;
  masteryScore?: number;
}

/** What is already recorded: per session, the AU's verbs in it; per registration and AU, its completed/passed. */
export interface Recorded {
  sessionVerbs: Map<string, Set<string>>;
  /** Key `${registration} ${auId}` → verbs among completed, passed, failed. */
  auVerbs: Map<string, Set<string>>;
  /** Ids already stored: a resend of one is accepted as it was (exactly once), never checked again. */
  storedIds: Set<string>;
}

export const sessionIdOf = (statement: Statement): string | undefined => {
  const value = statement.context?.extensions?.[CMI5_EXTENSIONS.sessionId];
  return typeof value === 'string' ? value.toLowerCase() : undefined;
};

export const isAuStatement = (statement: Statement) => !LMS_VERBS.has(statement.verb.id) && sessionIdOf(statement) !== undefined;

const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => map.set(key, (map.get(key) ?? new Set<V>()).add(value));

/** The rules the statements break, in order; each accepted statement counts for the ones after it in the batch. */
export function sessionRuleBreaks(statements: CheckedStatement[], sessions: Map<string, SessionFacts>, recorded: Recorded): BrokenRule[] {
  const broken: BrokenRule[] = [];
  for (const { index, id, statement } of statements) {
    const sessionId = sessionIdOf(statement);
    const session = sessionId ? sessions.get(sessionId) : undefined;
    if (!sessionId || !session || LMS_VERBS.has(statement.verb.id) || recorded.storedIds.has(id)) continue;
    const problem = breakOf(statement, session, recorded.sessionVerbs.get(sessionId) ?? new Set(), recorded.auVerbs.get(`${session.registration} ${session.auId}`) ?? new Set());
    if (problem) {
      broken.push({ index, id, ...problem });
      continue;
    }
    add(recorded.sessionVerbs, sessionId, statement.verb.id);
    if (statement.object.objectType !== 'StatementRef' && 'id' in statement.object && statement.object.id === session.auId) {
      add(recorded.auVerbs, `${session.registration} ${session.auId}`, statement.verb.id);
    }
    recorded.storedIds.add(id);
  }
  return broken;
}

function breakOf(statement: Statement, session: SessionFacts, inSession: Set<string>, forAu: Set<string>): { rule: string; reason: string } | undefined {
  const verb = statement.verb.id;
  if (inSession.has(CMI5_VERBS.terminated)) return { rule: 'cmi5 9.3.8 nothing after terminated', reason: 'this AU session ended with "terminated"; nothing more is recorded in it' };
  if (verb === CMI5_VERBS.initialized && inSession.has(CMI5_VERBS.initialized)) return { rule: 'cmi5 9.3.2 one initialized per session', reason: 'this AU session is already initialized' };
  if (verb !== CMI5_VERBS.initialized && !inSession.has(CMI5_VERBS.initialized)) return { rule: 'cmi5 9.3.2 initialized first', reason: 'the first statement of an AU session is "initialized"' };
  const aboutAu = 'id' in statement.object && statement.object.id === session.auId;
  if (!aboutAu || (verb !== CMI5_VERBS.completed && verb !== CMI5_VERBS.passed && verb !== CMI5_VERBS.failed)) return undefined;
  if (session.launchMode !== 'Normal') return { rule: 'cmi5 10.0 launch mode', reason: `an AU launched in ${session.launchMode} mode does not state completed, passed or failed` };
  const result = statement.result;
  const scaled = result?.score?.scaled;
  const mastery = session.masteryScore;
  if (verb === CMI5_VERBS.completed) {
    if (forAu.has(CMI5_VERBS.completed)) return { rule: 'cmi5 9.3.3 one completed per registration', reason: 'this AU is already completed in this registration' };
    if (result?.completion !== true) return { rule: 'cmi5 9.5.3 completion', reason: '"completed" has result.completion true' };
    return undefined;
  }
  if (forAu.has(CMI5_VERBS.passed)) {
    return verb === CMI5_VERBS.passed
      ? { rule: 'cmi5 9.3.4 one passed per registration', reason: 'this AU is already passed in this registration' }
      : { rule: 'cmi5 9.3.5 no failed after passed', reason: 'this AU is already passed in this registration' };
  }
  if (result?.success !== (verb === CMI5_VERBS.passed)) return { rule: 'cmi5 9.5.2 success', reason: `"${verb === CMI5_VERBS.passed ? 'passed' : 'failed'}" has result.success ${verb === CMI5_VERBS.passed}` };
  if (mastery !== undefined && typeof scaled === 'number') {
    if (verb === CMI5_VERBS.passed && scaled < mastery) return { rule: 'cmi5 9.3.4 mastery score', reason: `a scaled score of ${scaled} is below the mastery score ${mastery}: that is "failed"` };
    if (verb === CMI5_VERBS.failed && scaled >= mastery) return { rule: 'cmi5 9.3.5 mastery score', reason: `a scaled score of ${scaled} reaches the mastery score ${mastery}: that is "passed"` };
  }
  return undefined;
}
