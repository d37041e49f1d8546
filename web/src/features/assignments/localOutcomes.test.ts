import { describe, expect, it } from 'vitest';
import { ADL_VERBS, moduleVersionActivity, stepActivity, type Statement } from '@fit/shared';
import type { OutboxStatement } from '../sync';
import { localOutcomes, withLocalOutcome } from './localOutcomes';

const row = (userId: string, verb: string, objectId: string, timestamp: string, score?: number): OutboxStatement => ({
  id: `${verb}-${objectId}-${timestamp}`,
  userId,
  createdAt: timestamp,
  attempts: 0,
  statement: {
    id: crypto.randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://fit', name: userId } },
    verb: { id: verb },
    object: { objectType: 'Activity', id: objectId },
    ...(score === undefined ? {} : { result: { score: { scaled: score } } }),
    timestamp,
  } as Statement,
});

describe('localOutcomes', () => {
  const v1 = moduleVersionActivity('11111111-1111-4111-8111-111111111111');
  it("reads the worker's latest finished attempt per version, ignoring steps and other workers", () => {
    const rows = [
      row('ana', ADL_VERBS.attempted, v1, '2026-12-04T09:00:00Z'),
      row('ana', ADL_VERBS.completed, stepActivity('11111111-1111-4111-8111-111111111111', 'task'), '2026-12-04T09:05:00Z'),
      row('ana', ADL_VERBS.completed, v1, '2026-12-04T09:10:00Z', 0.5),
      row('ana', ADL_VERBS.failed, v1, '2026-12-04T09:10:00Z', 0.5),
      row('bob', ADL_VERBS.passed, v1, '2026-12-04T09:20:00Z'),
    ];
    expect([...localOutcomes(rows, 'ana').values()]).toEqual([
      { versionId: '11111111-1111-4111-8111-111111111111', outcome: 'failed', score: 0.5, at: '2026-12-04T09:10:00Z' },
    ]);
    rows.push(row('ana', ADL_VERBS.passed, v1, '2026-12-04T09:30:00Z', 0.9));
    expect(localOutcomes(rows, 'ana').get('11111111-1111-4111-8111-111111111111')?.outcome).toBe('passed');
  });

  it('moves a not-started or failed assignment forward, never a passed one back', () => {
    const local = { versionId: 'x', outcome: 'failed' as const, at: '' };
    expect(withLocalOutcome('not_started', { ...local, outcome: 'passed' })).toBe('passed');
    expect(withLocalOutcome('in_progress', local)).toBe('failed');
    expect(withLocalOutcome('validated', local)).toBe('validated');
    expect(withLocalOutcome('not_started', undefined)).toBe('not_started');
  });
});
