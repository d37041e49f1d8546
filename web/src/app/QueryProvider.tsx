// The query cache for every screen, with the signed-in person's saved copy restored before any read runs (reads wait
// for it, as they would for TanStack's PersistQueryClientProvider, whose persister here loads lazily).
import { IsRestoringProvider, QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { QueryPersistence } from '../graphql/query-persistence';
import type { SyncController } from '../features/sync/sync-controller';
import { bindQueriesToSession, refreshAfterDelivery } from './query-session';
import type { SessionStore } from './session-store';

let persistence: Promise<QueryPersistence | null> | undefined;

/** One IndexedDB persister per page, out of the first load. */
function appPersistence(): Promise<QueryPersistence | null> {
  persistence ??= import('../graphql/query-persistence')
    .then((m) => {
      void m.forgetLegacyCopies().catch(() => undefined);
      return m.openQueryPersistence();
    })
    .catch(() => null);
  return persistence;
}

export function QueryProvider({ client, store, sync, children }: { client: QueryClient; store: SessionStore; sync: SyncController; children: ReactNode }) {
  const [restoring, setRestoring] = useState(true);
  useEffect(() => bindQueriesToSession(store, client, appPersistence(), () => setRestoring(false)), [client, store]);
  useEffect(() => refreshAfterDelivery(sync, client), [sync, client]);
  return (
    <QueryClientProvider client={client}>
      <IsRestoringProvider value={restoring}>{children}</IsRestoringProvider>
    </QueryClientProvider>
  );
}
