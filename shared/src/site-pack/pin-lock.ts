// The wrong-PIN lock, as the server applies it per worker and tablet, for a tablet that checks PINs offline.

/** Five wrong PINs within 15 minutes lock the worker on this tablet for 15 minutes after the last one. */
export const PIN_LOCK = { max: 5, windowSeconds: 15 * 60 } as const;

/** Milliseconds until the worker may try again (0 when not locked), from the times of their wrong PINs. */
export function pinLockedFor(failures: readonly number[], now: number, limit: { max: number; windowSeconds: number } = PIN_LOCK): number {
  const windowMs = limit.windowSeconds * 1000;
  const recent = failures.filter((t) => t > now - 2 * windowMs).sort((a, b) => a - b);
  if (recent.length < limit.max) return 0;
  const last = recent[recent.length - 1]!;
  const first = recent[recent.length - limit.max]!;
  if (last - first > windowMs) return 0;
  return Math.max(0, last + windowMs - now);
}

/** Wrong PINs left before the lock, counting only those inside the window. */
export function pinTriesLeft(failures: readonly number[], now: number, limit: { max: number; windowSeconds: number } = PIN_LOCK): number {
  const recent = failures.filter((t) => t > now - limit.windowSeconds * 1000).length;
  return Math.max(0, limit.max - recent);
}
