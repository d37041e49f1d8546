import { describe, expect, it } from 'vitest';
import { draftOf, EMPTY_SITE, inputOf, serverFieldError, validateSiteDraft } from './siteDraft';

describe('site draft', () => {
  it('refuses an end before the start and an unknown time zone before anything is sent', () => {
    const draft = { ...EMPTY_SITE, name: 'Résidence Bellevue', startsOn: '2026-05-04', endsOn: '2026-05-01', timeZone: 'Mars/Olympus' };
    expect(validateSiteDraft(draft)).toEqual({ endsOn: 'endBeforeStart', timeZone: 'unknownTimeZone' });
  });

  it('sends blank optional fields as null', () => {
    expect(inputOf({ ...EMPTY_SITE, name: ' Gymnase ' })).toMatchObject({ name: 'Gymnase', startsOn: null, endsOn: null, contractReference: null });
  });

  it('puts a refusal of the API next to the field it names, and ignores what it does not know', () => {
    expect(serverFieldError({ field: 'name', problem: 'duplicateName' })).toEqual({ name: 'duplicateName' });
    expect(serverFieldError({ field: 'password', problem: 'duplicateName' })).toEqual({});
    expect(serverFieldError({ field: 'name', problem: 'somethingNew' })).toEqual({});
    expect(serverFieldError(null)).toEqual({});
  });

  it('fills the form from a saved site, null fields as empty', () => {
    expect(draftOf({ name: 'École', contractReference: null, startsOn: null })).toMatchObject({ name: 'École', contractReference: '', startsOn: '', timeZone: 'Europe/Paris' });
  });
});
