// The tender screen's choices, search, form checks and figures.
import type { PassportCatalogue } from '@fit/shared';
import { describe, expect, it } from 'vitest';
import {
  codeNames,
  formatShare,
  searchChoices,
  sortMembers,
  tenderChoices,
  toDraft,
  validateDraft,
} from './tenderView';

const catalogue: PassportCatalogue = {
  ulos: [
    {
      code: 'ULO-ENV-01',
      title: { en: 'Airtightness of the envelope', fr: 'Étanchéité à l’air de l’enveloppe' },
      eqfLevel: 3,
    },
    { code: 'ULO-HP-02', title: { en: 'Heat pump commissioning' }, eqfLevel: 4 },
  ],
  schemes: [
    {
      code: 'EX-FR-RENO',
      country: 'FR',
      awardingBody: 'Example',
      qualifications: [
        {
          code: 'EXFR-Q1',
          title: { en: 'Envelope installer', fr: 'Poseur enveloppe' },
          requirement: { all: [] },
          practicalValidation: true,
        },
      ],
      units: [],
      mappings: [],
    },
  ],
};

describe('tender requirement view', () => {
  const choices = tenderChoices(catalogue, 'fr');

  it('offers every ULO then every qualification, titled in the reader’s language', () => {
    expect(choices.map((c) => [c.kind, c.code, c.title, c.detail])).toEqual([
      ['ulo', 'ULO-ENV-01', 'Étanchéité à l’air de l’enveloppe', 'EQF 3'],
      ['ulo', 'ULO-HP-02', 'Heat pump commissioning', 'EQF 4'],
      ['qualification', 'EXFR-Q1', 'Poseur enveloppe', 'EX-FR-RENO'],
    ]);
    expect(tenderChoices(null, 'en')).toEqual([]);
  });

  it('searches code, title and scheme, every word, accents and case aside', () => {
    expect(searchChoices(choices, 'etancheite').map((c) => c.code)).toEqual(['ULO-ENV-01']);
    expect(searchChoices(choices, 'ex-fr').map((c) => c.code)).toEqual(['EXFR-Q1']);
    expect(searchChoices(choices, 'enveloppe poseur').map((c) => c.code)).toEqual(['EXFR-Q1']);
    expect(searchChoices(choices, '  ')).toHaveLength(3);
    expect(searchChoices(choices, 'plumbing')).toEqual([]);
  });

  it('asks for a title and at least one pick', () => {
    expect(validateDraft({ title: '  ', clause: '', ulos: [], qualifications: [] })).toEqual({
      title: 'required',
      picks: 'required',
    });
    expect(
      validateDraft({ title: 'x'.repeat(201), clause: '', ulos: ['ULO-HP-02'], qualifications: [] }),
    ).toEqual({ title: 'tooLong' });
    expect(
      validateDraft({ title: 'Energy clause', clause: '', ulos: [], qualifications: ['EXFR-Q1'] }),
    ).toEqual({});
  });

  it('keeps only the editable fields of a requirement for the edit form', () => {
    const answer = {
      id: 'r1',
      __typename: 'TenderRequirement',
      title: 'T',
      clause: '',
      ulos: ['U'],
      qualifications: [],
    };
    expect(toDraft(answer)).toEqual({ title: 'T', clause: '', ulos: ['U'], qualifications: [] });
  });

  it('names codes, keeping an unknown one as is', () => {
    const name = codeNames(choices);
    expect(name('EXFR-Q1')).toBe('Poseur enveloppe (EXFR-Q1)');
    expect(name('OLD-1')).toBe('OLD-1');
  });

  it('shows the share met in the reader’s language', () => {
    expect(formatShare(66.7, 'en')).toBe('66.7%');
    expect(formatShare(100, 'en')).toBe('100%');
    expect(formatShare(50, 'fr').replace(/\s/g, ' ')).toBe('50 %');
  });

  it('lists who misses the requirement first, then by name', () => {
    const sorted = sortMembers([
      { displayName: 'Zoé', met: false },
      { displayName: 'Anna', met: true },
      { displayName: 'Bruno', met: false },
    ]);
    expect(sorted.map((m) => m.displayName)).toEqual(['Bruno', 'Zoé', 'Anna']);
  });
});
