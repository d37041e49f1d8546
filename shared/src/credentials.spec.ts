import { describe, expect, it } from 'vitest';
import { isPlausibleEmail, isValidPin, normaliseEmail } from './credentials.js';
import { isRole } from './roles.js';

describe('credentials', () => {
  it('normalises emails so logins are case-insensitive', () => {
    expect(normaliseEmail('  Trainer@FIT.demo ')).toBe('trainer@fit.demo');
  });

  it('accepts plausible emails and rejects obvious typos', () => {
    expect(isPlausibleEmail('worker@site.fr')).toBe(true);
    expect(isPlausibleEmail('worker@site')).toBe(false);
    expect(isPlausibleEmail('no spaces@site.fr')).toBe(false);
  });

  it('accepts exactly four digits as a PIN', () => {
    expect(isValidPin('0427')).toBe(true);
    expect(isValidPin('427')).toBe(false);
    expect(isValidPin('12a4')).toBe(false);
    expect(isValidPin('12345')).toBe(false);
  });

  it('knows the four roles and nothing else', () => {
    expect(isRole('trainer')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
