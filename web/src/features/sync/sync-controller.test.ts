// The sync controller: what the tablet shows for the signed-in worker and for the others whose records wait.
import 'fake-indexeddb/auto';
// Node's Blob survives the fake IndexedDB's structured clone (jsdom's does not), as a real browser's does.
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openOutbox, type OutboxDb } from './outbox-db';
import { recordLearning } from './record-learning';
import { createSyncController } from './sync-controller';

const ALICE = 'a1a1a1a1-0000-4000-8000-000000000001';
const BOB = 'b2b2b2b2-0000-4000-8000-000000000002';
const VERSION = 'c3c3c3c3-0000-4000-8000-000000000003';

let db: OutboxDb;
beforeEach(async () => {
  db = openOutbox(`test-${crypto.randomUUID()}`);
  const queue = (userId: string, userName: string) =>
    recordLearning(
      db,
      { kind: 'started' },
      { userId, userName, versionId: VERSION, registration: crypto.randomUUID() },
    );
  await queue(ALICE, 'Alice');
  await queue(BOB, 'Bob');
  await queue(BOB, 'Bob');
});
afterEach(() => db.delete());

describe(createSyncController.name, () => {
  it("offline, counts the signed-in worker's records and names whose other records wait", async () => {
    const fetchImpl = vi.fn();
    const sut = createSyncController({
      db,
      current: () => ({ userId: ALICE, displayName: 'Alice' }),
      getToken: async () => 'token',
      deviceId: () => 'tab',
      isOnline: () => false,
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    await sut.sync();
    expect(sut.getState()).toMatchObject({
      phase: 'offline',
      waiting: 1,
      others: [{ userId: BOB, displayName: 'Bob', count: 2 }],
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it("online, sends only the signed-in worker's records and says all is saved", async () => {
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const ids = (JSON.parse(String(init?.body)) as { id: string }[]).map((s) => s.id);
      return new Response(JSON.stringify(ids), { status: 200 });
    });
    const sut = createSyncController({
      db,
      current: () => ({ userId: ALICE, displayName: 'Alice' }),
      getToken: async () => 'token',
      deviceId: () => 'tab',
      isOnline: () => true,
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    await sut.sync(true);
    expect(sut.getState()).toMatchObject({ phase: 'idle', waiting: 0, others: [{ userId: BOB, count: 2 }] });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });
});

describe('a record being written', () => {
  it('counts as waiting until it is in the outbox, then is sent', async () => {
    const sent: string[] = [];
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const ids = (JSON.parse(String(init?.body)) as { id: string }[]).map((s) => s.id);
      sent.push(...ids);
      return new Response(JSON.stringify(ids), { status: 200 });
    });
    const sut = createSyncController({
      db,
      current: () => ({ userId: ALICE, displayName: 'Alice' }),
      getToken: async () => 'token',
      deviceId: () => 'tab',
      isOnline: () => true,
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    await sut.sync(true);
    expect(sut.getState()).toMatchObject({ phase: 'idle', waiting: 0 });

    let write!: () => Promise<void>;
    const written = new Promise<void>(
      (resolve) =>
        (write = () =>
          recordLearning(
            db,
            { kind: 'started' },
            { userId: ALICE, userName: 'Alice', versionId: VERSION, registration: crypto.randomUUID() },
          ).then(() => resolve())),
    );
    const recorded = sut.recording(written);
    expect(sut.getState().waiting).toBe(1);
    // A sync meanwhile (the 30 s timer, the network back) still counts it.
    await sut.sync(true);
    expect(sut.getState().waiting).toBe(1);
    await write();
    await recorded;
    expect(sut.getState()).toMatchObject({ phase: 'idle', waiting: 0 });
    expect(sent).toHaveLength(2);
  });
});

describe('one sync at a time', () => {
  it('uploads a photo once however many triggers arrive together, and sends records queued during a run', async () => {
    const { keepEvidence } = await import('./record-learning');
    const photo = await keepEvidence(db, ALICE, new NodeBlob(['png'], { type: 'image/png' }) as Blob);
    await recordLearning(
      db,
      { kind: 'practicalDone', stepId: 's', evidenceIds: [photo] },
      { userId: ALICE, versionId: VERSION, registration: crypto.randomUUID() },
    );
    const uploads: string[] = [];
    const fetchImpl = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      await new Promise((r) => setTimeout(r, 5));
      if (String(url) === '/media/evidence/uploads')
        return new Response(JSON.stringify({ offset: 0, complete: false }), { status: 201 });
      if (init?.method === 'PATCH') {
        uploads.push(String(url));
        return new Response(JSON.stringify({ offset: 3, complete: true, id: `media-${uploads.length}` }), {
          status: 200,
        });
      }
      const ids = (JSON.parse(String(init?.body)) as { id: string }[]).map((s) => s.id);
      return new Response(JSON.stringify(ids), { status: 200 });
    });
    const sut = createSyncController({
      db,
      current: () => ({ userId: ALICE, displayName: 'Alice' }),
      getToken: async () => 'token',
      deviceId: () => 'tab',
      isOnline: () => true,
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    const first = sut.changed();
    void sut.changed();
    await recordLearning(
      db,
      { kind: 'started' },
      { userId: ALICE, versionId: VERSION, registration: crypto.randomUUID() },
    );
    void sut.sync(true);
    await first;
    await vi.waitFor(async () => expect(await db.statements.where('userId').equals(ALICE).count()).toBe(0));
    await sut.settled();
    expect(uploads).toHaveLength(1);
  });

  it('honours a press of Synchroniser made while a run is failing, despite the back-off', async () => {
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const fetchImpl = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      if (++calls === 1) {
        await gate;
        throw new TypeError('Failed to fetch');
      }
      const ids = (JSON.parse(String(init?.body)) as { id: string }[]).map((s) => s.id);
      return new Response(JSON.stringify(ids), { status: 200 });
    });
    const sut = createSyncController({
      db,
      current: () => ({ userId: ALICE, displayName: 'Alice' }),
      getToken: async () => 'token',
      deviceId: () => 'tab',
      isOnline: () => true,
      fetchImpl: fetchImpl as unknown as typeof fetch,
    });
    const failing = sut.sync(true);
    await vi.waitFor(() => expect(calls).toBe(1));
    void sut.sync(true);
    release();
    await failing;
    await vi.waitFor(async () => expect(await db.statements.where('userId').equals(ALICE).count()).toBe(0));
    await sut.settled();
    expect(sut.getState()).toMatchObject({ phase: 'idle', waiting: 0 });
  });
});
