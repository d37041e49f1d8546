// Keeps the last good answer of a query on the tablet, so screens still show something without network.
const PREFIX = 'fit.cache.';

export function readCached<T>(key: string | undefined): T | undefined {
  if (!key) return undefined;
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function writeCached(key: string | undefined, value: unknown): void {
  if (!key) return;
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // A full or disabled storage only costs the offline copy; the screen keeps the fresh answer.
  }
}

/** Forgets every saved answer: on sign-out the next person on the shared tablet must not see them. */
export function clearCached(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  }
}
