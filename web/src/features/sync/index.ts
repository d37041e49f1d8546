// The sync's public surface: the outbox (what waits to be sent) and the sync state, for screens that show local results.
export { appOutbox, openOutbox, type OutboxDb, type OutboxStatement } from './outbox-db';
export { useSyncController, useSyncState } from './SyncContext';
