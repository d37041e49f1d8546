// The outbox and its sync against a stubbed network: batching, resend, conflicts, retry, one worker's rows only.
import 'fake-indexeddb/auto';
// Node's Blob survives the fake IndexedDB's structured clone (jsdom's does not), as a real browser's does.
import { Blob as NodeBlob } from 'node:buffer';
import { ADL_VERBS, FIT_EXTENSIONS } from '@fit/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openOutbox, type OutboxDb } from './outbox-db';
import { keepEvidence, recordLearning } from './record-learning';
import { syncWorker } from './sync-engine';
import { CHUNK_BYTES } from './evidence-upload';

const ALICE = 'a1a1a1a1-0000-4000-8000-000000000001';
const BOB = 'b2b2b2b2-0000-4000-8000-000000000002';
const VERSION = 'c3c3c3c3-0000-4000-8000-000000000003';
const ctx = (userId: string) => ({ userId, versionId: VERSION, registration: crypto.randomUUID() });

let db: OutboxDb;
beforeEach(() => {
  db = openOutbox(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const hex = async (bytes: Uint8Array<ArrayBuffer>) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

interface FakeUpload {
  facts: { uploadId: string; byteSize: number; contentType: string; sha256: string };
  bytes: Uint8Array<ArrayBuffer>;
  mediaId?: string;
}

/**
 * A server that stores statements by id, like the real one (a resend adds nothing), and takes photos by resumable
 * upload: same id same session, chunks only at the offset it holds, one media asset per upload.
 */
function fakeServer() {
  const stored = new Map<string, unknown>();
  const uploads = new Map<string, FakeUpload>();
  const media: { id: string; bytes: Uint8Array<ArrayBuffer> }[] = [];
  const posts: { url: string; method: string; headers: Headers; body: unknown }[] = [];
  const stateOf = (u: FakeUpload) => ({ uploadId: u.facts.uploadId, offset: u.bytes.length, complete: !!u.mediaId, id: u.mediaId });
  const handle = async (url: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    const method = init?.method ?? 'GET';
    const path = String(url);
    if (path === '/media/evidence/uploads') {
      const facts = JSON.parse(String(init?.body)) as FakeUpload['facts'];
      posts.push({ url: path, method, headers, body: facts });
      const upload = uploads.get(facts.uploadId) ?? { facts, bytes: new Uint8Array(0) };
      if (JSON.stringify(upload.facts) !== JSON.stringify(facts)) return json(409, { code: 'CONFLICT' });
      uploads.set(facts.uploadId, upload);
      return json(upload.bytes.length || upload.mediaId ? 200 : 201, stateOf(upload));
    }
    if (path.startsWith('/media/evidence/uploads/')) {
      const chunk = new Uint8Array(await (init?.body as Blob).arrayBuffer());
      const offset = Number(headers.get('Upload-Offset'));
      posts.push({ url: path, method, headers, body: { offset, size: chunk.length } });
      const upload = uploads.get(path.split('/').at(-1)!);
      if (!upload) return json(404, {});
      if (upload.mediaId) return json(200, stateOf(upload));
      if (offset !== upload.bytes.length) return json(409, { code: 'CONFLICT', offset: upload.bytes.length });
      const bytes = new Uint8Array(upload.bytes.length + chunk.length);
      bytes.set(upload.bytes);
      bytes.set(chunk, upload.bytes.length);
      upload.bytes = bytes;
      if (bytes.length === upload.facts.byteSize) {
        if ((await hex(bytes)) !== upload.facts.sha256) return json(400, { message: 'checksum' });
        upload.mediaId = `media-${media.length + 1}`;
        media.push({ id: upload.mediaId, bytes });
      }
      return json(200, stateOf(upload));
    }
    const body = JSON.parse(String(init?.body)) as { id: string }[];
    posts.push({ url: path, method, headers, body });
    body.forEach((s) => stored.set(s.id, s));
    return json(200, body.map((s) => s.id));
  };
  const fetchImpl = vi.fn(handle);
  const chunks = () => posts.filter((p) => p.method === 'PATCH').map((p) => p.body as { offset: number; size: number });
  return { stored, posts, uploads, media, handle, chunks, fetchImpl: fetchImpl as unknown as typeof fetch, spy: fetchImpl };
}

async function queue(userId: string, count: number) {
  for (let i = 0; i < count; i++) await recordLearning(db, { kind: 'started' }, ctx(userId));
}

describe('outbox sync', () => {
  it('sends statements in batches of at most 200 with the device headers, then empties the outbox', async () => {
    await queue(ALICE, 450);
    const server = fakeServer();
    const sut = await syncWorker({ db, userId: ALICE, getToken: () => 'token-a', deviceId: 'tab-1', fetchImpl: server.fetchImpl });
    expect(sut).toEqual({ status: 'done', sent: 450, conflicts: 0, waiting: 0 });
    expect(server.posts.map((p) => (p.body as unknown[]).length)).toEqual([200, 200, 50]);
    const headers = server.posts[0]!.headers;
    expect(headers.get('Authorization')).toBe('Bearer token-a');
    expect(headers.get('X-FIT-Device-Id')).toBe('tab-1');
    expect(headers.get('X-Experience-API-Version')).toBe('2.0.0');
    expect(Date.parse(headers.get('X-FIT-Device-Time')!)).not.toBeNaN();
    expect(await db.statements.count()).toBe(0);
  });

  it('keeps a batch after a network failure and sends the same statements once the network is back', async () => {
    await queue(ALICE, 3);
    const server = fakeServer();
    server.spy.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const first = await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(first).toMatchObject({ status: 'retry', waiting: 3 });
    expect((await db.statements.toArray()).every((r) => r.attempts === 1 && r.lastError === 'Failed to fetch')).toBe(true);

    const second = await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(second).toMatchObject({ status: 'done', sent: 3 });
    expect(server.stored.size).toBe(3);
  });

  it('keeps the batch on a 5xx answer, and a resend after a lost answer stores each statement once', async () => {
    await queue(ALICE, 2);
    const server = fakeServer();
    // The server stored the batch but the answer was lost on the way back.
    server.spy.mockImplementationOnce(async (_url: RequestInfo | URL, init?: RequestInit) => {
      (JSON.parse(String(init?.body)) as { id: string }[]).forEach((s) => server.stored.set(s.id, s));
      return json(503, { message: 'busy' });
    });
    expect(await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl })).toMatchObject({ status: 'retry', waiting: 2 });
    expect(await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl })).toMatchObject({ status: 'done', sent: 2 });
    expect(server.stored.size).toBe(2);
  });

  it('marks the ids a 409 names as conflicts and still sends the rest', async () => {
    await queue(ALICE, 3);
    const [bad] = await db.statements.toArray();
    const server = fakeServer();
    server.spy.mockResolvedValueOnce(json(409, { code: 'CONFLICT', message: 'id reused', ids: [bad!.id] }));
    const sut = await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(sut).toEqual({ status: 'done', sent: 2, conflicts: 1, waiting: 0 });
    const left = await db.statements.toArray();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ id: bad!.id, conflict: true, lastError: 'id reused' });
  });

  it('sets aside with its reason a statement a 403 refuses, and syncs the rest: the outbox never jams', async () => {
    await queue(ALICE, 3);
    const [bad] = await db.statements.toArray();
    const server = fakeServer();
    server.spy.mockResolvedValueOnce(
      json(403, { code: 'FORBIDDEN', message: 'statements[0] refused (learner-member): …', refused: [{ index: 0, id: bad!.id, rule: 'learner-member', reason: 'the learner is not a current member of this organisation' }] }),
    );
    const sut = await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(sut).toEqual({ status: 'done', sent: 2, conflicts: 0, waiting: 0, refused: 1 });
    expect(server.stored.has(bad!.id)).toBe(false);
    const left = await db.statements.toArray();
    expect(left).toEqual([expect.objectContaining({ id: bad!.id, refused: 'learner-member: the learner is not a current member of this organisation' })]);
    // A later sync does not send it again.
    const again = await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(again).toEqual({ status: 'done', sent: 0, conflicts: 0, waiting: 0 });
  });

  it('keeps every row of a 403 that names no statement, for the next sign-in', async () => {
    await queue(ALICE, 2);
    const server = fakeServer();
    server.spy.mockResolvedValueOnce(json(403, { code: 'FORBIDDEN', message: 'You are not allowed to do this.' }));
    const sut = await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(sut).toEqual({ status: 'refused', sent: 0, waiting: 2, error: 'You are not allowed to do this.' });
  });

  it('shows the reason of a 400 and keeps the rows', async () => {
    await queue(ALICE, 1);
    const server = fakeServer();
    server.spy.mockResolvedValueOnce(json(400, { message: 'A statement is not valid xAPI: x' }));
    const sut = await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(sut).toEqual({ status: 'refused', sent: 0, waiting: 1, error: 'A statement is not valid xAPI: x' });
  });

  it("sends only the signed-in worker's rows and leaves another worker's for their next sign-in", async () => {
    await queue(ALICE, 2);
    await queue(BOB, 3);
    const server = fakeServer();
    await syncWorker({ db, userId: ALICE, getToken: () => 'token-a', deviceId: 'd', fetchImpl: server.fetchImpl });
    const sentActors = (server.posts[0]!.body as { actor: { account: { name: string } } }[]).map((s) => s.actor.account.name);
    expect(new Set(sentActors)).toEqual(new Set([ALICE]));
    expect(await db.statements.where('userId').equals(BOB).count()).toBe(3);
    expect(await syncWorker({ db, userId: BOB, getToken: () => null, deviceId: 'd', fetchImpl: server.fetchImpl })).toEqual({ status: 'signedOut', sent: 0, waiting: 3 });
  });

  it('sends the ticked checklist items with the practical step, for the trainer to see', async () => {
    await recordLearning(db, { kind: 'practicalDone', stepId: 'task-1', evidenceIds: [], ticked: ['rail', 'glue'] }, ctx(ALICE));
    const server = fakeServer();
    await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    const [sent] = server.posts[0]!.body as { result: { response?: string } }[];
    expect(sent!.result.response).toBe('rail,glue');
  });

  it('uploads a photo once, even across a failed statement batch, and sends its media id in the statement', async () => {
    const photo = await keepEvidence(db, ALICE, new NodeBlob(['png'], { type: 'image/png' }) as Blob);
    await recordLearning(db, { kind: 'practicalDone', stepId: 'task-1', evidenceIds: [photo] }, ctx(ALICE));
    const server = fakeServer();
    let batches = 0;
    server.spy.mockImplementation(async (url: RequestInfo | URL, init?: RequestInit) =>
      String(url) === '/xapi/statements' && ++batches === 1 ? json(502, {}) : server.handle(url, init),
    );
    await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(await db.evidence.get(photo)).toMatchObject({ mediaId: 'media-1' });
    await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(server.chunks()).toEqual([{ offset: 0, size: 3 }]);
    expect(server.media).toHaveLength(1);
    const last = server.posts.at(-1)!.body as { verb: { id: string }; result: { extensions: Record<string, unknown> } }[];
    expect(last[0]!.verb.id).toBe(ADL_VERBS.completed);
    expect(last[0]!.result.extensions[FIT_EXTENSIONS.evidence]).toEqual(['media-1']);
    expect(await db.statements.count()).toBe(0);
    // Once on the server and no longer referenced, the photo leaves the tablet's storage.
    expect(await db.evidence.count()).toBe(0);
  });
});

describe('evidence photos in resumable chunks', () => {
  const PHOTO = Uint8Array.from({ length: 700 * 1024 }, (_, i) => (i * 31) % 256);
  const sync = (server: ReturnType<typeof fakeServer>) => syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
  const queuePhoto = async () => {
    const photo = await keepEvidence(db, ALICE, new NodeBlob([PHOTO], { type: 'image/jpeg' }) as Blob);
    await recordLearning(db, { kind: 'practicalDone', stepId: 'task-1', evidenceIds: [photo] }, ctx(ALICE));
    return photo;
  };
  const sentEvidence = (server: ReturnType<typeof fakeServer>) =>
    server.posts.filter((p) => p.url === '/xapi/statements').flatMap((p) => (p.body as { result?: { extensions: Record<string, unknown> } }[]).map((s) => s.result?.extensions[FIT_EXTENSIONS.evidence]));

  it('resumes from the offset the server holds after the connection is cut mid-photo', async () => {
    const photo = await queuePhoto();
    const server = fakeServer();
    let patches = 0;
    server.spy.mockImplementation(async (url: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PATCH' && ++patches === 2) throw new TypeError('Failed to fetch');
      return server.handle(url, init);
    });
    expect(await sync(server)).toMatchObject({ status: 'retry', waiting: 1 });
    const kept = await db.evidence.get(photo);
    expect(kept?.uploadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept?.mediaId).toBeUndefined();

    expect(await sync(server)).toMatchObject({ status: 'done', sent: 1 });
    // The first 256 KiB went once: the second sync asked the server and carried on from there.
    expect(server.chunks()).toEqual([
      { offset: 0, size: CHUNK_BYTES },
      { offset: CHUNK_BYTES, size: CHUNK_BYTES },
      { offset: 2 * CHUNK_BYTES, size: PHOTO.length - 2 * CHUNK_BYTES },
    ]);
    expect(server.uploads.size).toBe(1);
    expect(server.media).toHaveLength(1);
    expect(await hex(server.media[0]!.bytes)).toBe(await hex(PHOTO));
    expect(sentEvidence(server)).toEqual([['media-1']]);
  });

  it('gets the same media id when the answer to the last chunk is lost, and makes no second asset', async () => {
    await queuePhoto();
    const server = fakeServer();
    let patches = 0;
    server.spy.mockImplementation(async (url: RequestInfo | URL, init?: RequestInit) => {
      const res = await server.handle(url, init);
      // The server took the last chunk and made the asset; the answer never reached the tablet.
      if (init?.method === 'PATCH' && ++patches === 3) throw new TypeError('Network connection was lost');
      return res;
    });
    expect(await sync(server)).toMatchObject({ status: 'retry' });
    expect(server.media).toHaveLength(1);
    expect(await sync(server)).toMatchObject({ status: 'done', sent: 1 });
    expect(server.chunks()).toHaveLength(3);
    expect(server.media).toHaveLength(1);
    expect(sentEvidence(server)).toEqual([['media-1']]);
    expect(await db.evidence.count()).toBe(0);
  });

  it('follows the offset a 409 names when the server holds more than the tablet was told', async () => {
    await queuePhoto();
    const server = fakeServer();
    let starts = 0;
    server.spy.mockImplementation(async (url: RequestInfo | URL, init?: RequestInit) => {
      const res = await server.handle(url, init);
      // A stale answer from a cache or a retried request: says offset 0 while the server holds the first chunk.
      if (String(url) === '/media/evidence/uploads' && ++starts === 2) return json(200, { offset: 0, complete: false });
      return res;
    });
    let patches = 0;
    const cut = server.spy.getMockImplementation()!;
    server.spy.mockImplementation(async (url: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'PATCH' && ++patches === 2) throw new TypeError('Failed to fetch');
      return cut(url, init);
    });
    await sync(server);
    expect(await sync(server)).toMatchObject({ status: 'done', sent: 1 });
    expect(server.chunks().map((c) => c.offset)).toEqual([0, 0, CHUNK_BYTES, 2 * CHUNK_BYTES]);
    expect(server.media).toHaveLength(1);
    expect(await hex(server.media[0]!.bytes)).toBe(await hex(PHOTO));
  });
});
