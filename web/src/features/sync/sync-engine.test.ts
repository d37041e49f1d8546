// The outbox and its sync against a stubbed network: batching, resend, conflicts, retry, one worker's rows only.
import 'fake-indexeddb/auto';
import { ADL_VERBS, FIT_EXTENSIONS } from '@fit/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openOutbox, type OutboxDb } from './outbox-db';
import { keepEvidence, recordLearning } from './record-learning';
import { syncWorker } from './sync-engine';

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

/** A server that stores statements by id, like the real one: a resend adds nothing. */
function fakeServer() {
  const stored = new Map<string, unknown>();
  const posts: { url: string; headers: Headers; body: unknown }[] = [];
  const fetchImpl = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    if (String(url) === '/media/evidence') {
      posts.push({ url: String(url), headers, body: init?.body });
      return json(201, { id: `media-${posts.length}` });
    }
    const body = JSON.parse(String(init?.body)) as { id: string }[];
    posts.push({ url: String(url), headers, body });
    body.forEach((s) => stored.set(s.id, s));
    return json(200, body.map((s) => s.id));
  });
  return { stored, posts, fetchImpl: fetchImpl as unknown as typeof fetch, spy: fetchImpl };
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

  it('uploads a photo once, even across a failed statement batch, and sends its media id in the statement', async () => {
    const photo = await keepEvidence(db, ALICE, new Blob(['png'], { type: 'image/png' }));
    await recordLearning(db, { kind: 'practicalDone', stepId: 'task-1', evidenceIds: [photo] }, ctx(ALICE));
    const server = fakeServer();
    server.spy.mockImplementation(async (url: RequestInfo | URL, init?: RequestInit) => {
      if (String(url) === '/media/evidence') {
        server.posts.push({ url: String(url), headers: new Headers(init?.headers), body: init?.body });
        return json(201, { id: 'media-1' });
      }
      const body = JSON.parse(String(init?.body)) as { id: string }[];
      server.posts.push({ url: String(url), headers: new Headers(init?.headers), body });
      return server.posts.filter((p) => p.url === '/xapi/statements').length === 1 ? json(502, {}) : json(200, body.map((s) => s.id));
    });
    await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(await db.evidence.get(photo)).toMatchObject({ mediaId: 'media-1' });
    await syncWorker({ db, userId: ALICE, getToken: () => 't', deviceId: 'd', fetchImpl: server.fetchImpl });
    expect(server.posts.filter((p) => p.url === '/media/evidence')).toHaveLength(1);
    const last = server.posts.at(-1)!.body as { verb: { id: string }; result: { extensions: Record<string, unknown> } }[];
    expect(last[0]!.verb.id).toBe(ADL_VERBS.completed);
    expect(last[0]!.result.extensions[FIT_EXTENSIONS.evidence]).toEqual(['media-1']);
    expect(await db.statements.count()).toBe(0);
    // Once on the server and no longer referenced, the photo leaves the tablet's storage.
    expect(await db.evidence.count()).toBe(0);
  });
});
