// Asks the browser to keep the outbox (persistent storage) and says when the tablet's storage runs low.
export interface StorageHealth {
  persisted: boolean;
  /** Free bytes left to this app, when the browser says. */
  free?: number;
  low: boolean;
}

/** Below this, a day of photos may no longer fit. */
export const LOW_STORAGE_BYTES = 200 * 1024 * 1024;

export async function checkStorage(storage: StorageManager | undefined = navigator.storage): Promise<StorageHealth> {
  if (!storage) return { persisted: false, low: false };
  // Without persistence the browser may evict IndexedDB under pressure, unsynced records included.
  const persisted = (await storage.persisted?.().catch(() => false)) || (await storage.persist?.().catch(() => false)) || false;
  const estimate = await storage.estimate?.().catch(() => undefined);
  const free = estimate?.quota !== undefined ? estimate.quota - (estimate.usage ?? 0) : undefined;
  return { persisted, free, low: free !== undefined && free < LOW_STORAGE_BYTES };
}
