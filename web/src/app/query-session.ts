// Ties the query cache to the signed-in person: their saved copy comes back at start, goes on being saved while they
// work, and nothing of them stays (in memory or on the device) once they sign out or someone else signs in.
import type { QueryClient } from '@tanstack/react-query';
import type { QueryPersistence } from '../graphql/query-persistence';
import type { SyncController } from '../features/sync/sync-controller';
import type { Session, SessionStore } from './session-store';

/** Whose answers these are: a person in one organisation (switching organisation is a new owner). */
export function sessionOwner(session: Session | null): string | null {
  return session ? `${session.user.id}@${session.user.organisation.id}` : null;
}

export function bindQueriesToSession(
  store: SessionStore,
  queryClient: QueryClient,
  persistence: Promise<QueryPersistence | null>,
  onRestored: () => void = () => undefined,
): () => void {
  let owner = sessionOwner(store.getState().session);
  let stopSaving: (() => void) | undefined;
  let unbound = false;
  const saveFor = (p: QueryPersistence) => {
    stopSaving?.();
    // Unbound before the persister came (a remount): saving under a stale owner would label one person's answers
    // as another's.
    if (unbound) return;
    stopSaving = owner ? p.persist(queryClient, owner) : undefined;
  };
  const ready = persistence
    .then(async (p) => {
      if (!p) return null;
      // Nobody signed in: a copy left by someone (a sign-out cut short) is deleted, not kept for the next person.
      await (owner ? p.restore(queryClient, owner) : p.remove()).catch(() => undefined);
      saveFor(p);
      return p;
    })
    .catch(() => null)
    .finally(onRestored);

  const unsubscribe = store.subscribe(() => {
    const next = sessionOwner(store.getState().session);
    if (next === owner) return;
    const previous = owner;
    owner = next;
    if (previous !== null) {
      queryClient.clear();
      void ready.then((p) => p?.remove().catch(() => undefined));
    }
    void ready.then((p) => p && saveFor(p));
  });
  return () => {
    unbound = true;
    unsubscribe();
    stopSaving?.();
  };
}

/** Records the tablet just delivered change what the server says (the day, results, passport): ask again. */
export function refreshAfterDelivery(sync: SyncController, queryClient: QueryClient): () => void {
  let delivered = sync.getState().delivered;
  return sync.subscribe(() => {
    const now = sync.getState().delivered;
    if (now === delivered) return;
    delivered = now;
    void queryClient.invalidateQueries();
  });
}
