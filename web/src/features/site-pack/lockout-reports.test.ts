import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportLockouts } from './lockout-reports';
import { openPackDb, type PackDb } from './pack-db';

class ServerError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
const codeOf = (e: unknown) => (e instanceof ServerError ? e.code : null);

describe('reportLockouts', () => {
  let db: PackDb;
  beforeEach(async () => {
    db = openPackDb(`lockouts-${Math.random()}`);
    await db.lockouts.bulkAdd([
      { workerId: 'w1', lockedAt: Date.parse('2026-11-20T08:00:00Z') },
      { workerId: 'w2', lockedAt: Date.parse('2026-11-20T09:00:00Z') },
      { workerId: 'w3', lockedAt: Date.parse('2026-11-20T10:00:00Z') },
    ]);
  });
  afterEach(() => db.delete());

  it('sends every lock, oldest first, and keeps none once the server has them', async () => {
    const sent: string[] = [];
    expect(await reportLockouts(db, async (w, at) => sent.push(`${w} ${at}`), codeOf)).toBe(3);
    expect(sent).toEqual(['w1 2026-11-20T08:00:00.000Z', 'w2 2026-11-20T09:00:00.000Z', 'w3 2026-11-20T10:00:00.000Z']);
    expect(await db.lockouts.count()).toBe(0);
  });

  it('stops at a dropped connection and keeps that lock and the later ones for next time', async () => {
    let calls = 0;
    const flaky = async () => {
      if (++calls === 2) throw new TypeError('Failed to fetch');
    };
    expect(await reportLockouts(db, flaky, codeOf)).toBe(1);
    expect((await db.lockouts.toArray()).map((l) => l.workerId)).toEqual(['w2', 'w3']);
  });

  it('drops a lock the server will never take (worker gone from the crew) and goes on', async () => {
    const send = async (w: string) => {
      if (w === 'w2') throw new ServerError('NOT_FOUND');
    };
    expect(await reportLockouts(db, send, codeOf)).toBe(2);
    expect(await db.lockouts.count()).toBe(0);
  });
});
