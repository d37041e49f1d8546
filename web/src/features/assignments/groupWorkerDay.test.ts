// Behaviour of the worker's day grouping: overdue first, undone work before done, soonest due first.
import { describe, expect, it } from 'vitest';
import { actionOf, dayGroupOf, groupWorkerDay, type DayItem } from './groupWorkerDay';

const item = (id: string, over: Partial<DayItem> = {}): DayItem => ({
  id,
  dueOn: '2026-12-01',
  status: 'not_started',
  overdue: false,
  title: id,
  ...over,
});

describe(groupWorkerDay.name, () => {
  it('puts overdue work first, then to do, in progress and done', () => {
    const groups = groupWorkerDay([
      item('done', { status: 'passed' }),
      item('doing', { status: 'in_progress' }),
      item('late', { overdue: true }),
      item('todo'),
    ]);
    expect(groups.map((g) => g.group)).toEqual(['overdue', 'todo', 'inProgress', 'done']);
  });

  it('sorts each group by the soonest due date, then by title', () => {
    const [todo] = groupWorkerDay([
      item('b', { dueOn: '2026-12-05' }),
      item('z', { dueOn: '2026-12-02' }),
      item('a', { dueOn: '2026-12-05' }),
    ]);
    expect(todo!.items.map((i) => i.id)).toEqual(['z', 'a', 'b']);
  });

  it('leaves out groups with nothing in them', () => {
    expect(groupWorkerDay([item('x')]).map((g) => g.group)).toEqual(['todo']);
    expect(groupWorkerDay([])).toEqual([]);
  });

  it('never shows finished work as overdue, and lists a failed attempt as failed, to try again', () => {
    expect(dayGroupOf({ status: 'completed', overdue: true })).toBe('done');
    expect(dayGroupOf({ status: 'failed', overdue: false })).toBe('failed');
    expect(dayGroupOf({ status: 'failed', overdue: true })).toBe('failed');
    expect(dayGroupOf({ status: 'in_progress', overdue: true })).toBe('overdue');
  });

  it('offers Start before any attempt and Continue after one', () => {
    expect(actionOf('not_started')).toBe('start');
    expect(actionOf('in_progress')).toBe('continue');
    expect(actionOf('failed')).toBe('retry');
    expect(actionOf('passed')).toBe('again');
  });
});

describe('sign-off statuses on the worker day', () => {
  it('counts waiting for sign-off and validated as done, and "to redo" as work in hand', () => {
    expect(dayGroupOf({ status: 'awaiting_sign_off', overdue: false })).toBe('done');
    expect(dayGroupOf({ status: 'validated', overdue: false })).toBe('done');
    expect(dayGroupOf({ status: 'to_redo', overdue: false })).toBe('inProgress');
    expect(dayGroupOf({ status: 'to_redo', overdue: true })).toBe('overdue');
    expect(actionOf('to_redo')).toBe('continue');
  });
});
