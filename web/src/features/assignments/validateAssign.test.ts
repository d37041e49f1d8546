// Behaviour of the assign form's checks and of the input it sends.
import { describe, expect, it } from 'vitest';
import { assignInput, assignToday, validateAssign, type AssignForm } from './validateAssign';

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

describe(assignToday.name, () => {
  const sites = [
    { id: 'montreal', timeZone: 'America/Montreal' },
    { id: 'paris', timeZone: 'Europe/Paris' },
  ];
  // 23:30 in Montreal on Dec 3rd is already Dec 4th in UTC and in Paris.
  const evening = new Date('2026-12-03T23:30:00-05:00');

  it("counts today at the chosen site, so an evening west of UTC is still that day", () => {
    expect(assignToday('montreal', sites, evening)).toBe('2026-12-03');
    expect(validateAssign(form({ workerIds: ['w1'], siteId: 'montreal', dueOn: '2026-12-03' }), assignToday('montreal', sites, evening))).toEqual({});
  });

  it('counts today in the default zone (Europe/Paris) when no site is chosen', () => {
    expect(assignToday('paris', sites, evening)).toBe('2026-12-04');
    expect(assignToday('', sites, evening)).toBe('2026-12-04');
  });
});
