// Sends one worker's outbox with that worker's token: evidence photos first (once each, in resumable chunks), then
// statements in batches.
import { FIT_EXTENSIONS, XAPI_VERSION, type Statement } from '@fit/shared';
import { LOCAL_EVIDENCE, type OutboxDb, type OutboxStatement } from './outbox-db';
import { uploadPhoto } from './evidence-upload';
import { Retryable, send } from './sync-http';

export const BATCH_SIZE = 200;

export interface SyncOptions {
  db: OutboxDb;
  userId: string;
  /** The signed-in worker's access token; null when there is none (then nothing is sent). */
  getToken: () => Promise<string | null> | string | null;
  deviceId: string;
  fetchImpl?: typeof fetch;
  now?: () => Date;
}

export type SyncOutcome =
  | { status: 'done'; sent: number; conflicts: number; waiting: number; refused?: number }
  /** Network down or the server failing (5xx): everything is kept for the next try. */
  | { status: 'retry'; sent: number; waiting: number; error: string }
  /** The server refused a batch as invalid (400): the reason is shown, the rows stay. */
  | { status: 'refused'; sent: number; waiting: number; error: string }
  | { status: 'signedOut'; sent: 0; waiting: number };

/** Rows still to send for this worker (conflicts and refusals are kept apart: they need a person, not a retry). */
export async function pendingFor(db: OutboxDb, userId: string): Promise<OutboxStatement[]> {
  const rows = await db.statements.where('userId').equals(userId).sortBy('createdAt');
  return rows.filter((r) => !r.conflict && !r.refused);
}

/** Statements the server refused under the rule of who may state what, with the reason, for the tablet to show. */
export async function refusedFor(db: OutboxDb, userId: string): Promise<OutboxStatement[]> {
  const rows = await db.statements.where('userId').equals(userId).sortBy('createdAt');
  return rows.filter((r) => !!r.refused);
}

export async function syncWorker({ db, userId, getToken, deviceId, fetchImpl = fetch, now = () => new Date() }: SyncOptions): Promise<SyncOutcome> {
  const token = await getToken();
  if (!token) return { status: 'signedOut', sent: 0, waiting: (await pendingFor(db, userId)).length };
  const auth = { Authorization: `Bearer ${token}`, 'X-FIT-Device-Id': deviceId };
  let sent = 0;
  let conflicts = 0;
  let refused = 0;
  const waiting = async () => (await pendingFor(db, userId)).length;

  try {
    const mediaIds = await uploadEvidence(db, userId, auth, fetchImpl);
    let rows = await pendingFor(db, userId);
    while (rows.length) {
      const ready = rows.filter((r) => evidenceRefs(r.statement).every((ref) => mediaIds.has(ref)));
      const batch = ready.slice(0, BATCH_SIZE);
      if (!batch.length) break;
      const res = await send(fetchImpl, '/xapi/statements', {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, 'X-FIT-Device-Time': now().toISOString() },
        body: JSON.stringify(batch.map((r) => resolveEvidence(r.statement, mediaIds))),
      });
      if (res.ok) {
        // Removed only once the server said it holds them.
        await db.statements.bulkDelete(batch.map((r) => r.id));
        sent += batch.length;
      } else if (res.status === 409) {
        const body = (await res.json().catch(() => ({}))) as { ids?: string[]; message?: string };
        const ids = new Set((body.ids ?? []).map((id) => id.toLowerCase()));
        const offending = batch.filter((r) => ids.has(r.id.toLowerCase()));
        // A 409 without ids would loop forever: mark the whole batch so the rest of the outbox still moves.
        const marked = offending.length ? offending : batch;
        await db.statements.bulkUpdate(marked.map((r) => ({ key: r.id, changes: { conflict: true, lastError: body.message ?? 'Conflict' } })));
        conflicts += marked.length;
      } else if (res.status === 403) {
        // The whole batch was refused for the statements listed: set those aside with their reason, resend the rest.
        const body = (await res.json().catch(() => ({}))) as { refused?: { id: string; reason: string; rule: string }[]; message?: string };
        const reasons = new Map((body.refused ?? []).map((r) => [r.id.toLowerCase(), `${r.rule}: ${r.reason}`]));
        const offending = batch.filter((r) => reasons.has(r.id.toLowerCase()));
        if (!offending.length) {
          // A 403 naming nothing (e.g. the session lost its rights): keep everything for the next sign-in.
          const error = body.message ?? 'The server refused these records.';
          await markAttempt(db, batch, error);
          return { status: 'refused', sent, waiting: await waiting(), error };
        }
        await db.statements.bulkUpdate(offending.map((r) => ({ key: r.id, changes: { refused: reasons.get(r.id.toLowerCase())!, lastError: body.message } })));
        refused += offending.length;
      } else {
        const body = (await res.json().catch(() => ({}))) as { message?: string };
        const error = body.message ?? `The server answered ${res.status}.`;
        await markAttempt(db, batch, error);
        return { status: 'refused', sent, waiting: await waiting(), error };
      }
      rows = await pendingFor(db, userId);
    }
  } catch (error) {
    if (!(error instanceof Retryable)) throw error;
    const rows = await pendingFor(db, userId);
    await markAttempt(db, rows.slice(0, BATCH_SIZE), error.message);
    return { status: 'retry', sent, waiting: await waiting(), error: error.message };
  }
  await forgetSentEvidence(db, userId);
  return { status: 'done', sent, conflicts, waiting: await waiting(), ...(refused ? { refused } : {}) };
}

/** A photo is dropped from the tablet once it is on the server and no queued statement still points at it. */
async function forgetSentEvidence(db: OutboxDb, userId: string) {
  const rows = await db.statements.where('userId').equals(userId).toArray();
  const referenced = new Set(rows.flatMap((r) => evidenceRefs(r.statement)));
  await db.evidence
    .where('userId')
    .equals(userId)
    .filter((e) => !!e.mediaId && !referenced.has(e.id))
    .delete();
}

async function markAttempt(db: OutboxDb, rows: OutboxStatement[], error: string) {
  await db.statements.bulkUpdate(rows.map((r) => ({ key: r.id, changes: { attempts: r.attempts + 1, lastError: error } })));
}

/** Uploads the worker's photos not yet on the server; returns local id → media id for every uploaded one. */
async function uploadEvidence(db: OutboxDb, userId: string, auth: Record<string, string>, fetchImpl: typeof fetch): Promise<Map<string, string>> {
  const mediaIds = new Map<string, string>();
  for (const item of await db.evidence.where('userId').equals(userId).toArray()) {
    if (item.mediaId) {
      mediaIds.set(item.id, item.mediaId);
      continue;
    }
    const id = await uploadPhoto(db, item, auth, fetchImpl);
    // A refused photo keeps its statement waiting; the other records still go.
    if (!id) continue;
    await db.evidence.update(item.id, { mediaId: id });
    mediaIds.set(item.id, id);
  }
  return mediaIds;
}

function evidenceList(statement: Statement): unknown[] {
  const value = statement.result?.extensions?.[FIT_EXTENSIONS.evidence];
  return Array.isArray(value) ? value : [];
}

function evidenceRefs(statement: Statement): string[] {
  return evidenceList(statement)
    .filter((v): v is string => typeof v === 'string' && v.startsWith(LOCAL_EVIDENCE))
    .map((v) => v.slice(LOCAL_EVIDENCE.length));
}

function resolveEvidence(statement: Statement, mediaIds: Map<string, string>): Statement {
  const list = evidenceList(statement);
  if (!list.length || !statement.result) return statement;
  const resolved = list.map((v) => (typeof v === 'string' && v.startsWith(LOCAL_EVIDENCE) ? mediaIds.get(v.slice(LOCAL_EVIDENCE.length)) : v));
  return { ...statement, result: { ...statement.result, extensions: { ...statement.result.extensions, [FIT_EXTENSIONS.evidence]: resolved } } };
}
