import { describe, expect, it } from 'vitest';
import { isIsoDay, normaliseSiteInput, siteInputProblems, type SiteInputFields } from './site-input.js';

const good: SiteInputFields = {
  name: 'Résidence Les Tilleuls',
  address: '12 rue des Tilleuls, Lyon',
  startsOn: '2026-03-01',
  endsOn: '2026-09-30',
  timeZone: 'Europe/Paris',
  client: 'OPH Lyon',
  contractReference: null,
};

describe('site input', () => {
  it('accepts a complete site', () => {
    expect(siteInputProblems(good)).toEqual({});
  });

  it('refuses an end before the start, on the end field', () => {
    expect(siteInputProblems({ ...good, endsOn: '2026-02-28' })).toEqual({ endsOn: 'endBeforeStart' });
  });

  it('refuses a time zone that does not exist', () => {
    expect(siteInputProblems({ ...good, timeZone: 'Europe/Atlantis' })).toEqual({ timeZone: 'unknownTimeZone' });
  });

  it('refuses a blank name and a day that is not in the calendar', () => {
    expect(siteInputProblems({ ...good, name: '', startsOn: '2026-02-30' })).toEqual({ name: 'nameRequired', startsOn: 'badDate' });
    expect(isIsoDay('2026-02-28')).toBe(true);
  });

  it('trims text and turns blank optional fields into null', () => {
    expect(normaliseSiteInput({ ...good, name: '  A  ', endsOn: ' ', contractReference: '  ' })).toMatchObject({ name: 'A', endsOn: null, contractReference: null });
  });
});
