import { describe, expect, it } from 'vitest';
import { sampleModule } from './sample-module.fixture.js';
import { completeLanguages, incompleteLanguages, localise, missingTranslations } from './localise.js';

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

describe('languages a module really speaks', () => {
  it('counts the texts each claimed language still lacks and keeps only complete ones to advertise', () => {
    const m = sampleModule();
    m.languages = ['fr', 'en', 'ro'];
    const texts = missingTranslations({ ...m, languages: ['ro'] }).length;
    m.title = { ...m.title, ro: 'Etanșarea ferestrelor' };
    expect(incompleteLanguages(m)).toEqual([{ lang: 'ro', missing: texts - 1 }]);
    expect(completeLanguages(m)).toEqual(['fr', 'en']);
  });

  it('always advertises the main language, even when a translation has an optional text it lacks', () => {
    const m = sampleModule();
    m.languages = ['fr', 'ro'];
    const ro = (content: typeof m) => missingTranslations({ ...content, languages: ['ro'] });
    // Romanian everywhere French has a text, plus a step title French does not have.
    for (const { text } of [{ text: m.title }, { text: m.summary }]) text.ro = 'text';
    m.steps = [{ id: 'only', kind: 'text', title: { ro: 'Titlu' }, body: { fr: 'Corps', ro: 'Corp' } }];
    expect(ro(m)).toEqual([]);
    expect(completeLanguages(m)).toEqual(['fr', 'ro']);
  });

  it('lists every claimed language once all its texts are written', () => {
    const m = sampleModule();
    expect(incompleteLanguages(m)).toEqual([]);
    expect(completeLanguages(m)).toEqual(m.languages);
  });
});
