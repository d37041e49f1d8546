import { describe, expect, it } from 'vitest';
import { personalDataUrl } from './personalDataFiles';

describe('personal data file addresses', () => {
  it('asks for one’s own data without a worker id, and the passport in the reader’s language', () => {
    expect(personalDataUrl('export.json', undefined, 'fr-FR')).toBe('/personal-data/export.json');
    expect(personalDataUrl('passport.pdf', undefined, 'fr-FR')).toBe('/personal-data/passport.pdf?lang=fr');
    expect(personalDataUrl('passport.pdf', undefined, 'pt')).toBe('/personal-data/passport.pdf?lang=en');
  });

  it('names the worker when staff download on their behalf', () => {
    expect(personalDataUrl('export.json', 'a1b2', 'en')).toBe('/personal-data/export.json?workerId=a1b2');
  });
});
