// The statements FIT states as the cmi5 LMS: launched, waived, abandoned, satisfied (cmi5 section 9.3), each with
// the session id, the publisher's course id in the grouping and the cmi5 category.
import { randomUUID } from 'node:crypto';
import { BLOCK_ACTIVITY_TYPE, CMI5_CATEGORY, CMI5_EXTENSIONS, CMI5_VERBS, COURSE_ACTIVITY_TYPE, MOVE_ON_CATEGORY } from './cmi5-vocabulary.js';

export interface StatementFrame {
  actor: Record<string, unknown>;
  registration: string;
  sessionId: string;
  publisherId: string;
}

type Json = Record<string, unknown>;

/** The context every AU and LMS statement of a session carries; also the LaunchData's contextTemplate. */
export function contextTemplate(frame: Pick<StatementFrame, 'sessionId' | 'publisherId'>): Json {
  return {
    contextActivities: { grouping: [{ objectType: 'Activity', id: frame.publisherId }] },
    extensions: { [CMI5_EXTENSIONS.sessionId]: frame.sessionId },
  };
}

function statement(frame: StatementFrame, verb: string, object: Json, extra: { result?: Json; categories?: string[]; extensions?: Json } = {}): Json {
  const template = contextTemplate(frame);
  return {
    id: randomUUID(),
    actor: frame.actor,
    verb: { id: verb },
    object: { objectType: 'Activity', ...object },
    ...(extra.result ? { result: extra.result } : {}),
    context: {
      registration: frame.registration,
      contextActivities: {
        ...(template.contextActivities as Json),
        category: (extra.categories ?? [CMI5_CATEGORY]).map((id) => ({ objectType: 'Activity', id })),
      },
      extensions: { ...(template.extensions as Json), ...extra.extensions },
    },
    timestamp: new Date().toISOString(),
  };
}

export function launchedStatement(frame: StatementFrame, auId: string, launch: { launchMode: string; moveOn: string; launchUrl: string; masteryScore?: number; launchParameters?: string }): Json {
  return statement(frame, CMI5_VERBS.launched, { id: auId }, {
    extensions: {
      [CMI5_EXTENSIONS.launchMode]: launch.launchMode,
      [CMI5_EXTENSIONS.moveOn]: launch.moveOn,
      [CMI5_EXTENSIONS.launchUrl]: launch.launchUrl,
      ...(launch.masteryScore !== undefined ? { [CMI5_EXTENSIONS.masteryScore]: launch.masteryScore } : {}),
      ...(launch.launchParameters !== undefined ? { [CMI5_EXTENSIONS.launchParameters]: launch.launchParameters } : {}),
    },
  });
}

export function waivedStatement(frame: StatementFrame, auId: string, reason: string): Json {
  return statement(frame, CMI5_VERBS.waived, { id: auId }, {
    result: { success: true, completion: true, extensions: { [CMI5_EXTENSIONS.reason]: reason } },
    categories: [CMI5_CATEGORY, MOVE_ON_CATEGORY],
  });
}

export function abandonedStatement(frame: StatementFrame, auId: string, seconds: number): Json {
  return statement(frame, CMI5_VERBS.abandoned, { id: auId }, { result: { duration: `PT${Math.max(0, Math.round(seconds))}S` } });
}

export function courseSatisfiedStatement(frame: StatementFrame, courseActivity: string): Json {
  return statement(frame, CMI5_VERBS.satisfied, { id: courseActivity, definition: { type: COURSE_ACTIVITY_TYPE } }, { categories: [CMI5_CATEGORY, MOVE_ON_CATEGORY] });
}

export function blockSatisfiedStatement(frame: StatementFrame, blockActivity: string): Json {
  return statement(frame, CMI5_VERBS.satisfied, { id: blockActivity, definition: { type: BLOCK_ACTIVITY_TYPE } }, { categories: [CMI5_CATEGORY, MOVE_ON_CATEGORY] });
}
