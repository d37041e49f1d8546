// Behaviour of the assign form's checks and of the input it sends.
import { describe, expect, it } from 'vitest';
import { assignInput, todayIso, validateAssign, type AssignForm } from './validateAssign';

const form = (over: Partial<AssignForm> = {}): AssignForm => ({
  moduleVersionId: 'v1',
  target: 'team',
  workerIds: [],
  teamId: 't1',
  siteId: '',
  dueOn: '2026-12-10',
  reason: '',
  ...over,
});

describe(validateAssign.name, () => {
  it('accepts a version, a team and a date from today on', () => {
    expect(validateAssign(form(), '2026-12-10')).toEqual({});
  });

  it('asks for a module version, a target and a due date', () => {
    expect(validateAssign(form({ moduleVersionId: '', teamId: '', dueOn: '' }), '2026-12-01')).toEqual({
      moduleVersionId: 'required',
      target: 'required',
      dueOn: 'required',
    });
  });

  it('refuses a due date in the past', () => {
    expect(validateAssign(form({ dueOn: '2026-11-30' }), '2026-12-01')).toEqual({ dueOn: 'past' });
  });

  it('needs at least one worker when assigning to chosen workers, and a site for the whole crew', () => {
    expect(validateAssign(form({ target: 'workers' }), '2026-12-01')).toEqual({ target: 'required' });
    expect(validateAssign(form({ target: 'site' }), '2026-12-01')).toEqual({ target: 'required' });
    expect(validateAssign(form({ target: 'site', siteId: 's1' }), '2026-12-01')).toEqual({});
  });
});

describe(assignInput.name, () => {
  it('sends only the chosen target and drops an empty reason', () => {
    expect(assignInput(form({ workerIds: ['w1'] }))).toEqual({ moduleVersionId: 'v1', dueOn: '2026-12-10', teamId: 't1', reason: undefined, siteId: undefined });
    expect(assignInput(form({ target: 'site', siteId: 's1', reason: ' Phase 2 ' }))).toEqual({ moduleVersionId: 'v1', dueOn: '2026-12-10', siteId: 's1', reason: 'Phase 2' });
  });
});

describe(todayIso.name, () => {
  it('gives the local calendar date', () => {
    expect(todayIso(new Date(2026, 11, 3, 23, 30))).toBe('2026-12-03');
  });
});
