// Sends the wrong-PIN locks that happened offline to the server, oldest first, once the tablet is online again.
import type { PackDb } from './pack-db';

/** Reports one lock; resolves when the server recorded it (or had it already), rejects with the server's error. */
export type SendLockout = (workerId: string, lockedAt: string) => Promise<unknown>;

/** Errors that sending again would not cure: the worker left the crew, or the server finds the time implausible. */
const PERMANENT = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

/** Sends what waits; a report leaves the tablet only once the server has answered for it. Returns how many were sent. */
export async function reportLockouts(db: PackDb, send: SendLockout, codeOf: (error: unknown) => string | null): Promise<number> {
  const waiting = await db.lockouts.orderBy('id').toArray();
  let sent = 0;
  for (const lock of waiting) {
    try {
      await send(lock.workerId, new Date(lock.lockedAt).toISOString());
      sent++;
    } catch (error) {
      // Offline again, or the server is unwell: keep this one and the rest for next time.
      if (!PERMANENT.has(codeOf(error) ?? '')) return sent;
    }
    await db.lockouts.delete(lock.id!);
  }
  return sent;
}
