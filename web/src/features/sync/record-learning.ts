// recordLearning(): what the player calls to put xAPI statements about a worker into the outbox, checked before queueing.
import { ADL_VERBS, FIT_ACCOUNT_HOMEPAGE, FIT_EXTENSIONS, XAPI_VERSION, moduleVersionActivity, stepActivity, type Result, type Statement } from '@fit/shared';
import { LOCAL_EVIDENCE, type OutboxDb } from './outbox-db';

export type LearningEvent =
  | { kind: 'started' }
  | { kind: 'answered'; stepId: string; response: string[]; success: boolean }
  | { kind: 'practicalDone'; stepId: string; evidenceIds: string[]; ticked?: string[] }
  | { kind: 'finished'; score: number; passed: boolean; durationSeconds: number };

export interface LearningContext {
  userId: string;
  userName?: string;
  versionId: string;
  /** One attempt of the module: every statement of it shares this registration. */
  registration: string;
  language?: string;
  now?: () => Date;
  newId?: () => string;
}

export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s % 60 || (!h && !m) ? `${s % 60}S` : ''}`;
}

/** The statements one event of the player stands for (finishing a module is two: completed, then passed or failed). */
export function statementsFor(event: LearningEvent, ctx: LearningContext): Statement[] {
  const newId = ctx.newId ?? (() => crypto.randomUUID());
  const timestamp = (ctx.now?.() ?? new Date()).toISOString();
  const module = moduleVersionActivity(ctx.versionId);
  const base = (verb: string, objectId: string, result?: Result): Statement => ({
    id: newId(),
    actor: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: ctx.userId } },
    verb: { id: verb },
    object: { objectType: 'Activity', id: objectId },
    ...(result ? { result } : {}),
    context: {
      registration: ctx.registration,
      platform: 'FIT tablet',
      ...(ctx.language ? { language: ctx.language } : {}),
      ...(objectId !== module ? { contextActivities: { parent: [{ objectType: 'Activity', id: module }] } } : {}),
    },
    timestamp,
    version: XAPI_VERSION,
  });
  switch (event.kind) {
    case 'started':
      return [base(ADL_VERBS.attempted, module)];
    case 'answered':
      return [
        base(ADL_VERBS.answered, stepActivity(ctx.versionId, event.stepId), {
          response: event.response.join('[,]'),
          success: event.success,
        }),
      ];
    case 'practicalDone':
      return [
        base(ADL_VERBS.completed, stepActivity(ctx.versionId, event.stepId), {
          completion: true,
          // The ticked checklist item ids, comma-separated: what the trainer's sign-off card shows.
          ...(event.ticked?.length ? { response: event.ticked.join(',') } : {}),
          extensions: {
            [FIT_EXTENSIONS.evidence]: event.evidenceIds.map((id) => `${LOCAL_EVIDENCE}${id}`),
            [FIT_EXTENSIONS.signOffRequested]: true,
          },
        }),
      ];
    case 'finished': {
      const result: Result = {
        score: { scaled: event.score },
        success: event.passed,
        completion: true,
        duration: isoDuration(event.durationSeconds),
      };
      return [base(ADL_VERBS.completed, module, result), base(event.passed ? ADL_VERBS.passed : ADL_VERBS.failed, module, result)];
    }
  }
}

/** Queues the event's statements for the worker; throws when one would not be valid xAPI (a bug, not a user error). */
export async function recordLearning(db: OutboxDb, event: LearningEvent, ctx: LearningContext): Promise<string[]> {
  const statements = statementsFor(event, ctx);
  // The validator (zod) loads with the first record, not with the app: the first load stays small; it is precached.
  const { validateStatement } = await import('@fit/shared/validation');
  for (const statement of statements) {
    // Evidence references are local until sync; check the shape with a stand-in IRI-free value.
    const checked = validateStatement(statement, { requireId: true });
    if (!checked.ok) throw new Error(`Refusing to queue an invalid statement: ${checked.errors.join('; ')}`);
  }
  const createdAt = (ctx.now?.() ?? new Date()).toISOString();
  await db.statements.bulkAdd(statements.map((statement) => ({ id: statement.id!, userId: ctx.userId, userName: ctx.userName, statement, createdAt, attempts: 0 })));
  return statements.map((s) => s.id!);
}

/** Keeps a photo in the outbox first; the returned local id goes into the practical step's statement. */
export async function keepEvidence(db: OutboxDb, userId: string, blob: Blob, newId = () => crypto.randomUUID()): Promise<string> {
  const id = newId();
  // The upload id is made with the photo, so every sync of it names the same resumable upload on the server.
  await db.evidence.add({ id, userId, blob, type: blob.type || 'application/octet-stream', size: blob.size, createdAt: new Date().toISOString(), uploadId: crypto.randomUUID() });
  return id;
}

/** The player's event, with the photo itself: the photo is kept as evidence first, then the statement refers to it. */
export type PlayerLearningEvent = { registration: string } & (
  | { kind: 'started' }
  | { kind: 'answered'; stepId: string; response: string[]; success: boolean }
  | { kind: 'practicalDone'; stepId: string; photo?: Blob; ticked?: string[] }
  | { kind: 'finished'; score: number; passed: boolean; durationSeconds: number }
);

export async function recordPlayerEvent(db: OutboxDb, event: PlayerLearningEvent, ctx: Omit<LearningContext, 'registration'>): Promise<void> {
  const context = { ...ctx, registration: event.registration };
  if (event.kind !== 'practicalDone') {
    await recordLearning(db, event, context);
    return;
  }
  const evidenceIds = event.photo ? [await keepEvidence(db, ctx.userId, event.photo)] : [];
  await recordLearning(db, { kind: 'practicalDone', stepId: event.stepId, evidenceIds, ticked: event.ticked }, context);
}
