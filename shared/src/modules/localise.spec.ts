import { describe, expect, it } from 'vitest';
import { sampleModule } from './sample-module.fixture.js';
import { localise, missingTranslations } from './localise.js';

describe('localise', () => {
  it('gives the wanted language when it is there', () => {
    expect(localise({ fr: 'Bonjour', en: 'Hello' }, 'en', 'fr')).toEqual({ text: 'Hello', lang: 'en', fellBack: false });
  });

  it('falls back visibly to the fallback language', () => {
    expect(localise({ fr: 'Bonjour' }, 'en', 'fr')).toEqual({ text: 'Bonjour', lang: 'fr', fellBack: true });
  });

  it('treats a blank translation as missing', () => {
    expect(localise({ fr: 'Bonjour', pt: '  ' }, 'pt', 'fr')).toMatchObject({ text: 'Bonjour', fellBack: true });
  });

  it('shows any language rather than nothing', () => {
    expect(localise({ de: 'Hallo' }, 'en', 'fr')).toEqual({ text: 'Hallo', lang: 'de', fellBack: true });
  });

  it('returns an empty text when there is none at all', () => {
    expect(localise(undefined, 'en', 'fr')).toEqual({ text: '', lang: null, fellBack: true });
  });
});

describe('missingTranslations', () => {
  it('lists each text lacking a declared language', () => {
    const m = sampleModule();
    m.steps[0] = { id: 'intro', kind: 'text', body: { fr: 'Bonjour' } };
    expect(missingTranslations(m)).toEqual([{ path: 'steps[0].body', lang: 'en' }]);
  });
});
