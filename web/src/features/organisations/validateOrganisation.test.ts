import { describe, expect, it } from 'vitest';
import { isValidEmail, slugFromName, validateAccept, validateOrganisation } from './validateOrganisation';

describe('validateOrganisation', () => {
  it('accepts a name and a slug of lower-case letters, digits and dashes', () => {
    expect(validateOrganisation({ name: 'Rénov Lyon', slug: 'renov-lyon', kind: 'sme' })).toEqual({});
  });

  it('names a missing name and a slug the server would refuse', () => {
    expect(validateOrganisation({ name: ' ', slug: '', kind: 'sme' })).toEqual({ name: 'required', slug: 'required' });
    for (const slug of ['Bad Slug', '-dash', 'ab', 'a'.repeat(65), 'trailing-']) {
      expect(validateOrganisation({ name: 'Ok name', slug, kind: 'network' }).slug).toBe('invalid');
    }
  });
});

describe('slugFromName', () => {
  it('proposes a web address without accents, spaces or punctuation', () => {
    expect(slugFromName("Rénov' Lyon & Fils")).toBe('renov-lyon-fils');
    expect(slugFromName('  Centre de formation BTP 69 ')).toBe('centre-de-formation-btp-69');
    expect(slugFromName('a'.repeat(70) + ' b')).toHaveLength(64);
  });
});

describe('isValidEmail', () => {
  it('wants something@domain.tld', () => {
    expect(isValidEmail('chef@renov.fr')).toBe(true);
    expect(isValidEmail('chef@renov')).toBe(false);
    expect(isValidEmail('chef renov.fr')).toBe(false);
  });
});

describe('validateAccept', () => {
  it('wants a name and a password of 8 or more typed twice for a new account', () => {
    expect(validateAccept({ displayName: 'Nina', password: 'long-enough', confirm: 'long-enough' }, false)).toEqual({});
    expect(validateAccept({ displayName: 'N', password: 'short', confirm: 'short' }, false)).toEqual({
      displayName: 'required',
      password: 'tooShort',
    });
    expect(validateAccept({ displayName: 'Nina', password: 'long-enough', confirm: 'long-enougH' }, false)).toEqual({
      confirm: 'mismatch',
    });
  });

  it('wants only the existing password to link an account', () => {
    expect(validateAccept({ displayName: '', password: 'x', confirm: '' }, true)).toEqual({});
    expect(validateAccept({ displayName: '', password: '', confirm: '' }, true)).toEqual({ password: 'required' });
  });
});
