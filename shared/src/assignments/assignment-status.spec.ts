import { describe, expect, it } from 'vitest';
import { assignmentStatus, isOverdue } from './assignment-status.js';

const facts = (over: Partial<Parameters<typeof assignmentStatus>[0] & object> = {}) => ({
  statementCount: 1,
  completedAt: null,
  passedAt: null,
  failedAt: null,
  ...over,
});

describe(assignmentStatus.name, () => {
  it('is not started without any record', () => {
    expect(assignmentStatus(undefined)).toBe('not_started');
    expect(assignmentStatus(facts({ statementCount: 0 }))).toBe('not_started');
  });

  it('is in progress once anything was recorded', () => {
    expect(assignmentStatus(facts())).toBe('in_progress');
  });

  it('prefers passed over an earlier fail: a retry that passes counts', () => {
    expect(assignmentStatus(facts({ failedAt: '2026-11-01', passedAt: '2026-11-02' }))).toBe('passed');
    expect(assignmentStatus(facts({ failedAt: '2026-11-01', completedAt: '2026-11-01' }))).toBe('failed');
    expect(assignmentStatus(facts({ completedAt: '2026-11-01' }))).toBe('completed');
  });
});

describe(isOverdue.name, () => {
  it('is overdue after the due day only, and never once done', () => {
    expect(isOverdue('2026-11-22', 'in_progress', '2026-11-23')).toBe(true);
    expect(isOverdue('2026-11-23', 'not_started', '2026-11-23')).toBe(false);
    expect(isOverdue('2026-11-01', 'passed', '2026-11-23')).toBe(false);
  });
});
