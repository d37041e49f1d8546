// Saves the reads marked `offline` to IndexedDB (Dexie, as the site pack and the outbox), so a screen opened without
// network shows its last answer. Loaded lazily: the first load does not carry it. One saved copy per signed-in person
// (the `owner` is TanStack's buster: a copy of someone else is thrown away, never shown).
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  persistQueryClientSubscribe,
  removeOldestQuery,
  type PersistedClient,
} from '@tanstack/query-persist-client-core';
import type { Query, QueryClient } from '@tanstack/react-query';
import Dexie, { type Table } from 'dexie';
import { OFFLINE_MAX_AGE_MS } from './query-client';

const KEY = 'queries';

export interface QueryPersistence {
  /** Puts the saved copy of `owner` back into the cache; another person's copy is deleted. */
  restore(queryClient: QueryClient, owner: string): Promise<void>;
  /** Saves now, then after every change (throttled), under `owner`; returns how to stop. */
  persist(queryClient: QueryClient, owner: string): () => void;
  /** Deletes the saved copy (sign-out on a shared tablet). */
  remove(): Promise<void>;
}

const shouldSave = (query: Query) => query.meta?.offline === true && query.state.data !== undefined;

// A copy shown offline after a failed refresh is still a good copy: save it as the answer it was.
const asAnswered = (client: PersistedClient): PersistedClient => ({
  ...client,
  clientState: {
    ...client.clientState,
    mutations: [],
    queries: client.clientState.queries.map((q) => ({
      ...q,
      state: { ...q.state, status: 'success', error: null, fetchStatus: 'idle', fetchFailureCount: 0, fetchFailureReason: null },
    })),
  },
});

export function openQueryPersistence(name = 'fit-queries'): QueryPersistence {
  const db = new Dexie(name) as Dexie & { clients: Table<string, string> };
  db.version(1).stores({ clients: '' });
  const persisterWith = (throttleTime: number) =>
    createAsyncStoragePersister({
      storage: {
        getItem: (key) => db.clients.get(key),
        setItem: (key, value) => db.clients.put(value, key),
        removeItem: (key) => db.clients.delete(key),
      },
      key: KEY,
      throttleTime,
      serialize: (client) => JSON.stringify(asAnswered(client)),
      // A full disk drops the oldest reads first rather than every saved copy.
      retry: removeOldestQuery,
    });
  // Cache chatter (fetch started, observer added…) is saved at most once a second; a fresh answer to a saved read is
  // written at once, since the tablet may lose its network (or be reloaded) within that second.
  const persister = persisterWith(1000);
  const promptPersister = persisterWith(0);
  const options = (queryClient: QueryClient, owner: string) => ({
    queryClient,
    persister,
    buster: owner,
    maxAge: OFFLINE_MAX_AGE_MS,
    dehydrateOptions: { shouldDehydrateQuery: shouldSave, shouldDehydrateMutation: () => false },
    // Restored reads live as long as fetched ones, or an unvisited screen's copy would be dropped after 5 minutes.
    hydrateOptions: { defaultOptions: { queries: { gcTime: OFFLINE_MAX_AGE_MS } } },
  });
  return {
    restore: (queryClient, owner) => persistQueryClientRestore(options(queryClient, owner)),
    persist(queryClient, owner) {
      const saveOptions = options(queryClient, owner);
      void persistQueryClientSave(saveOptions);
      const stopThrottled = persistQueryClientSubscribe(saveOptions);
      const stopPrompt = queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'success' && event.query.meta?.offline === true)
          void persistQueryClientSave({ ...saveOptions, persister: promptPersister });
      });
      return () => {
        stopThrottled();
        stopPrompt();
      };
    },
    remove: async () => {
      await persister.removeClient();
    },
  };
}

/** Copies kept by earlier versions (localStorage answers, the passport's own database): removed once, unread. */
export async function forgetLegacyCopies(storage: Storage = localStorage): Promise<void> {
  for (const key of Object.keys(storage)) if (key.startsWith('fit.cache.')) storage.removeItem(key);
  await Dexie.delete('fit-passport').catch(() => undefined);
}
