// The query cache and the signed-in person: a read marked offline comes back after a reload (IndexedDB), only for the
// person who made it; sign-out leaves nothing in memory or on the device; the site pack's answers are kept like reads.
import { QueryClient } from '@tanstack/react-query';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applySeeds, createQueryClient, graphqlQueryOptions, seedQuery } from '../graphql/query-client';
import { openQueryPersistence, type QueryPersistence } from '../graphql/query-persistence';
import { clientFor, fakeServer, makeUser } from '../test-utils';
import { MeQuery } from '../graphql/session-user';
import { bindQueriesToSession } from './query-session';
import { createSessionStore, type Session } from './session-store';

const worker = (id: string): Session => ({ accessToken: 't', expiresAt: '2030-01-01T00:00:00Z', user: makeUser({ id, role: 'worker' }) });
// Any typed document will do: these tests are about where answers go, not what they say.
const me = { me: makeUser() };
const saved = graphqlQueryOptions(MeQuery, {}, { offline: true });
const notSaved = graphqlQueryOptions(MeQuery, { other: true } as never);

let dbName = '';
afterEach(async () => {
  await Dexie.delete(dbName);
});

async function open(session: Session | null, name = dbName) {
  dbName = name;
  const store = createSessionStore(localStorage);
  if (session) store.signIn(session);
  const queryClient = createQueryClient(clientFor(fakeServer({ data: me })));
  const persistence = openQueryPersistence(name);
  let restored = false;
  const stop = bindQueriesToSession(store, queryClient, Promise.resolve(persistence), () => (restored = true));
  await vi.waitFor(() => expect(restored).toBe(true));
  return { store, queryClient, persistence, stop };
}

/** What the device holds, read back the way a reload would. */
async function onDevice(persistence: QueryPersistence, owner: string): Promise<QueryClient> {
  const fresh = new QueryClient();
  await persistence.restore(fresh, owner);
  return fresh;
}

/** Saving is throttled (one write a second at most): wait for it. */
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 3000, interval: 100 });

describe(bindQueriesToSession.name, () => {
  it('saves a read marked offline as soon as it arrives, not a throttle-second later (the network may go now)', async () => {
    const first = await open(worker('w1'), `q-${crypto.randomUUID()}`);
    // Sign-in starts a save at once, which opens the throttle's second: the answer arrives inside it.
    await first.queryClient.fetchQuery(saved);
    await vi.waitFor(async () => expect((await onDevice(first.persistence, 'w1@org-1')).getQueryData(saved.queryKey)).toEqual(me), {
      timeout: 300,
      interval: 20,
    });
    first.stop();
  });

  it('brings back a saved read after a reload, for the same person only', async () => {
    const name = `q-${crypto.randomUUID()}`;
    const first = await open(worker('w1'), name);
    await first.queryClient.fetchQuery(saved);
    await first.queryClient.fetchQuery(notSaved);
    await eventually(async () => expect((await onDevice(first.persistence, 'w1@org-1')).getQueryData(saved.queryKey)).toEqual(me));
    first.stop();

    const reloaded = await open(worker('w1'), name);
    expect(reloaded.queryClient.getQueryData(saved.queryKey)).toEqual(me);
    expect(reloaded.queryClient.getQueryData(notSaved.queryKey)).toBeUndefined();
    reloaded.stop();

    const someoneElse = await open(worker('w2'), name);
    expect(someoneElse.queryClient.getQueryData(saved.queryKey)).toBeUndefined();
    someoneElse.stop();
  });

  it('forgets every answer, in memory and on the device, when the person signs out', async () => {
    const { store, queryClient, persistence, stop } = await open(worker('w1'), `q-${crypto.randomUUID()}`);
    await queryClient.fetchQuery(saved);
    await eventually(async () => expect((await onDevice(persistence, 'w1@org-1')).getQueryData(saved.queryKey)).toEqual(me));
    store.signOut();
    expect(queryClient.getQueryData(saved.queryKey)).toBeUndefined();
    await eventually(async () => expect((await onDevice(persistence, 'w1@org-1')).getQueryData(saved.queryKey)).toBeUndefined());
    stop();
  });

  it("keeps the site pack's answers given at an offline sign-in, and saves them for a reload", async () => {
    const { store, queryClient, persistence, stop } = await open(worker('w1'), `q-${crypto.randomUUID()}`);
    store.signOut();
    applySeeds(queryClient, [seedQuery(MeQuery, {}, me)]);
    store.signIn(worker('w2'));
    expect(queryClient.getQueryData(saved.queryKey)).toEqual(me);
    await eventually(async () => expect((await onDevice(persistence, 'w2@org-1')).getQueryData(saved.queryKey)).toEqual(me));
    stop();
  });

  it('still saves an answer whose refresh failed offline, as the answer it was', async () => {
    const name = `q-${crypto.randomUUID()}`;
    const first = await open(worker('w1'), name);
    await first.queryClient.fetchQuery(saved);
    await eventually(async () => expect((await onDevice(first.persistence, 'w1@org-1')).getQueryData(saved.queryKey)).toEqual(me));
    first.stop();
    const store = createSessionStore(localStorage);
    const queryClient = createQueryClient(clientFor(fakeServer('network-down')));
    const persistence = openQueryPersistence(name);
    let restored = false;
    const stop = bindQueriesToSession(store, queryClient, Promise.resolve(persistence), () => (restored = true));
    await vi.waitFor(() => expect(restored).toBe(true));
    await queryClient.refetchQueries({ queryKey: saved.queryKey });
    expect(queryClient.getQueryState(saved.queryKey)?.status).toBe('error');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const back = await onDevice(persistence, 'w1@org-1');
    expect(back.getQueryData(saved.queryKey)).toEqual(me);
    expect(back.getQueryState(saved.queryKey)?.status).toBe('success');
    stop();
  });
});

describe('bindQueriesToSession, unbound before the persister loads', () => {
  it('never starts saving (a remount binds again, with the owner of the moment)', async () => {
    const store = createSessionStore(localStorage);
    store.signIn(worker('w1'));
    const queryClient = createQueryClient(clientFor(fakeServer({ data: me })));
    const persist = vi.fn(() => () => undefined);
    let restored = false;
    const persistence = Promise.resolve({ restore: async () => undefined, persist, remove: async () => undefined });
    const stop = bindQueriesToSession(store, queryClient, persistence, () => (restored = true));
    stop();
    await vi.waitFor(() => expect(restored).toBe(true));
    expect(persist).not.toHaveBeenCalled();
  });
});
