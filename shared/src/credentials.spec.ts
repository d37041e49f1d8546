import { describe, expect, it } from 'vitest';
import { isPinAttempt, isPlausibleEmail, isValidPin, normaliseEmail } from './credentials.js';
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

  it('sets only six-digit PINs', () => {
    expect(isValidPin('042719')).toBe(true);
    expect(isValidPin('0427')).toBe(false);
    expect(isValidPin('12a456')).toBe(false);
    expect(isValidPin('1234567')).toBe(false);
  });

  it('still lets a four-digit PIN set before be tried at sign-in', () => {
    expect(isPinAttempt('1234')).toBe(true);
    expect(isPinAttempt('042719')).toBe(true);
    expect(isPinAttempt('12345')).toBe(false);
    expect(isPinAttempt('12a4')).toBe(false);
  });

  it('knows the four roles and nothing else', () => {
    expect(isRole('trainer')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
