// Sends one evidence photo in chunks under an upload id kept on its outbox row: after a cut connection the next sync
// asks the server where it got to and continues from there, and a lost final answer still yields the same media id.
import type { OutboxDb, OutboxEvidence } from './outbox-db';
import { sha256Hex } from '../../common/sha256';
import { send } from './sync-http';

/** Small enough that a weak site connection gets each chunk through; the server takes up to 1 MiB. */
export const CHUNK_BYTES = 256 * 1024;
export const UPLOADS_URL = '/media/evidence/uploads';

interface UploadState {
  offset: number;
  complete: boolean;
  id?: string;
}

/**
 * The photo's media id, or undefined when the server refused it (it stays on the tablet and is tried at the next
 * sync). A network failure or 5xx throws Retryable; the bytes the server already holds are not sent again.
 */
export async function uploadPhoto(db: OutboxDb, item: OutboxEvidence, auth: Record<string, string>, fetchImpl: typeof fetch): Promise<string | undefined> {
  // Photos kept before resumable uploads existed get their id now, kept before anything is sent.
  const uploadId = item.uploadId ?? crypto.randomUUID();
  if (!item.uploadId) await db.evidence.update(item.id, { uploadId });
  const facts = { uploadId, byteSize: item.blob.size, contentType: item.type, sha256: await sha256Hex(item.blob) };
  const started = await send(fetchImpl, UPLOADS_URL, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(facts),
  });
  if (started.status === 409) {
    // The id is taken by other facts (cannot happen for an unchanged photo): the next sync starts under a new one.
    await db.evidence.update(item.id, { uploadId: crypto.randomUUID() });
    return undefined;
  }
  if (!started.ok) return undefined;
  let state = (await started.json()) as UploadState;
  // Each round either moves forward or learns the server's offset; the bound only stops a misbehaving server.
  for (let round = 0; !state.id && round < 2 * Math.ceil(facts.byteSize / CHUNK_BYTES) + 4; round++) {
    const res = await send(fetchImpl, `${UPLOADS_URL}/${uploadId}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': String(state.offset) },
      body: item.blob.slice(state.offset, state.offset + CHUNK_BYTES),
    });
    if (res.status === 409) {
      const body = (await res.json().catch(() => ({}))) as { offset?: unknown };
      if (typeof body.offset !== 'number') return undefined;
      state = { ...state, offset: body.offset };
      continue;
    }
    if (!res.ok) return undefined;
    state = (await res.json()) as UploadState;
  }
  return state.id;
}
