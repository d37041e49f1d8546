import { describe, expect, it } from 'vitest';
import { uloStatus } from '../qualifications/progress.js';
import { recallFreshUntil } from './freshness.js';

const policy = { extendMonths: 6, windowDays: 30 };

describe('recall keeps a ULO fresh', () => {
  it('extends from the oldest successful recall when every card was remembered within the window', () => {
    expect(recallFreshUntil(['2026-03-10T08:00:00.000Z', '2026-03-02T09:00:00.000Z'], '2026-03-20', policy)).toBe('2026-09-02');
  });

  it('does nothing when a card was never remembered, or remembered before the window', () => {
    expect(recallFreshUntil(['2026-03-10T08:00:00.000Z', null], '2026-03-20', policy)).toBeNull();
    expect(recallFreshUntil(['2026-02-10T08:00:00.000Z'], '2026-03-20', policy)).toBeNull();
    expect(recallFreshUntil([], '2026-03-20', policy)).toBeNull();
  });

  it('moves a ULO expiry later, never earlier, and never makes a ULO held that was not achieved', () => {
    const done = { ulo: 'U1', moduleId: 'm', passedAt: '2025-01-15' };
    const base = uloStatus('U1', [done], '2026-03-20', { validityMonths: 12 });
    expect(base).toMatchObject({ state: 'expired', expiresAt: '2026-01-15' });
    expect(base.keptFreshUntil).toBeUndefined();
    const kept = uloStatus('U1', [done, { ulo: 'U1', moduleId: 'm', freshUntil: '2026-09-02' }], '2026-03-20', { validityMonths: 12 });
    expect(kept).toMatchObject({ state: 'held', expiresAt: '2026-09-02', keptFreshUntil: '2026-09-02' });
    const earlier = uloStatus('U1', [done, { ulo: 'U1', moduleId: 'm', freshUntil: '2025-06-01' }], '2025-03-20', { validityMonths: 12 });
    expect(earlier).toMatchObject({ expiresAt: '2026-01-15' });
    expect(uloStatus('U1', [{ ulo: 'U1', moduleId: 'm', freshUntil: '2026-09-02' }], '2026-03-20', { validityMonths: 12 })).toMatchObject({ state: 'missing', expiresAt: null });
    expect(uloStatus('U1', [done, { ulo: 'U1', moduleId: 'm', freshUntil: '2026-09-02' }], '2026-03-20', {})).toMatchObject({ expiresAt: null });
  });
});
