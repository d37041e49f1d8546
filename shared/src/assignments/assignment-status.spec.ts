import { describe, expect, it } from 'vitest';
import { assignmentStatus, isDone, isOverdue, signOffState } from './assignment-status.js';

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

describe(signOffState.name, () => {
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`;

  it('is not required when no practical task asks for a trainer', () => {
    expect(signOffState([], [{ stepId: 'a', review: 'pending', submittedAt: at(1) }])).toBe('not_required');
  });

  it('waits for every task to be sent, then for the trainer', () => {
    expect(signOffState(['a', 'b'], [])).toBe('not_submitted');
    expect(signOffState(['a', 'b'], [{ stepId: 'a', review: 'validated', submittedAt: at(1) }])).toBe('not_submitted');
    expect(
      signOffState(['a', 'b'], [
        { stepId: 'a', review: 'validated', submittedAt: at(1) },
        { stepId: 'b', review: 'pending', submittedAt: at(1) },
      ]),
    ).toBe('pending');
  });

  it('is validated only when the latest submission of every task is', () => {
    const both = [
      { stepId: 'a', review: 'validated', submittedAt: at(1) },
      { stepId: 'b', review: 'validated', submittedAt: at(2) },
    ] as const;
    expect(signOffState(['a', 'b'], both)).toBe('validated');
    // Sent again after a validation: the new one waits.
    expect(signOffState(['a', 'b'], [...both, { stepId: 'b', review: 'pending', submittedAt: at(3) }])).toBe('pending');
  });

  it('is "to redo" while any task was sent back, until the worker sends it again', () => {
    const sentBack = [{ stepId: 'a', review: 'to_redo', submittedAt: at(1) }] as const;
    expect(signOffState(['a', 'b'], sentBack)).toBe('to_redo');
    expect(signOffState(['a'], [...sentBack, { stepId: 'a', review: 'pending', submittedAt: at(2) }])).toBe('pending');
  });
});

describe('assignmentStatus with sign-offs', () => {
  it('a finished module waits for sign-off, then is validated', () => {
    expect(assignmentStatus(facts({ passedAt: '2026-11-02' }), 'pending')).toBe('awaiting_sign_off');
    expect(assignmentStatus(facts({ completedAt: '2026-11-02' }), 'validated')).toBe('validated');
    expect(assignmentStatus(facts({ passedAt: '2026-11-02' }), 'not_required')).toBe('passed');
  });

  it('a module still in progress or failed stays so, whatever the trainer said of one task', () => {
    expect(assignmentStatus(facts(), 'validated')).toBe('in_progress');
    expect(assignmentStatus(facts({ failedAt: '2026-11-02', completedAt: '2026-11-02' }), 'validated')).toBe('failed');
  });

  it('"to redo" wins over a passed quiz, and is not done', () => {
    expect(assignmentStatus(facts({ passedAt: '2026-11-02' }), 'to_redo')).toBe('to_redo');
    expect(isDone('to_redo')).toBe(false);
    expect(isOverdue('2026-11-01', 'to_redo', '2026-11-23')).toBe(true);
    expect(isOverdue('2026-11-01', 'awaiting_sign_off', '2026-11-23')).toBe(false);
  });
});
