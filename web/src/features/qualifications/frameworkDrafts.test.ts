// The framework editor's drafts: to and from the API's shapes, the checks made before asking, and placing the
// server's per-path problems on the form's fields.
import { describe, expect, it } from 'vitest';
import {
  checkMapping,
  localNote,
  checkQualification,
  checkUlo,
  fieldOfPath,
  linesOf,
  MAPPING_PATHS,
  placeProblems,
  QUALIFICATION_PATHS,
  qualificationDraft,
  ULO_PATHS,
  uloDraft,
} from './frameworkDrafts';

const ulo = {
  code: 'ULO-AIR-02',
  title: 'Tape window frames',
  titleFr: 'Poser la bande',
  topic: 'air',
  eqfLevel: 3,
  credits: null,
  esco: ['http://esco/1'],
  knowledge: ['One', 'Two'],
  skills: [],
  autonomy: ['Alone'],
};

describe('ULO drafts', () => {
  it('show lists one item a line and come back as the same input', () => {
    const draft = uloDraft(ulo);
    expect(draft).toMatchObject({ eqfLevel: '3', credits: '', knowledge: 'One\nTwo' });
    expect(checkUlo(draft)).toEqual({ errors: [], input: { ...ulo } });
  });

  it('drop blank lines, trim, read a decimal comma, and leave the EQF range to the server', () => {
    const { input } = checkUlo({ ...uloDraft(ulo), knowledge: ' One \n\n  \nTwo', credits: '1,5', eqfLevel: '12', titleFr: ' ' });
    expect(input).toMatchObject({ knowledge: ['One', 'Two'], credits: 1.5, eqfLevel: 12, titleFr: null });
  });

  it('name the fields that cannot be sent', () => {
    expect(checkUlo({ ...uloDraft(), eqfLevel: '3.5', credits: 'two' })).toEqual({ errors: ['code', 'title', 'eqfLevel', 'credits'] });
  });
});

describe('qualification drafts', () => {
  const q = { scheme: 'S', code: 'Q1', title: 'Installer', titleFr: null, units: ['U1', 'U2'], nOf: 1, practicalValidation: true, validityMonths: null };

  it('keep n of the units, or all of them', () => {
    const draft = qualificationDraft(q);
    expect(draft).toMatchObject({ kind: 'nOf', nOf: '1', validityMonths: '' });
    expect(checkQualification(draft).input).toEqual({ title: 'Installer', titleFr: null, units: ['U1', 'U2'], nOf: 1, practicalValidation: true, validityMonths: null });
    expect(checkQualification({ ...draft, kind: 'all', validityMonths: '24' }).input).toMatchObject({ nOf: null, validityMonths: 24 });
  });

  it('need a title, a unit, a whole n and a whole number of months', () => {
    expect(checkQualification({ ...qualificationDraft(q), title: ' ', units: [], nOf: 'x', validityMonths: '1.5' }).errors).toEqual(['title', 'units', 'nOf', 'validityMonths']);
  });
});

describe('server problems', () => {
  it('are read from the last part of their path', () => {
    expect(fieldOfPath('ulos[3].eqfLevel')).toBe('eqfLevel');
    expect(fieldOfPath('schemes[0].qualifications[2].requires.nOf')).toBe('requires.nOf');
    expect(fieldOfPath('ulos[3]')).toBe('');
  });

  it('land on their field; the others keep the server words', () => {
    const problems = [
      { path: 'ulos[29].eqfLevel', message: 'EQF' },
      { path: 'ulos[29].creditPoints', message: 'credits' },
      { path: 'ulos[29]', message: 'Something about the row' },
    ];
    expect(placeProblems(problems, ULO_PATHS)).toEqual({ fields: ['eqfLevel', 'credits'], other: ['Something about the row'] });
    expect(placeProblems([{ path: 'schemes[2].qualifications[0].requires.nOf', message: 'n' }], QUALIFICATION_PATHS).fields).toEqual(['nOf']);
    expect(placeProblems([{ path: 'schemes[2].mapping[7].referenceUlo', message: 'u' }], MAPPING_PATHS).fields).toEqual(['ulo']);
  });
});

describe('mapping drafts and lines', () => {
  it('need a unit and a ULO', () => {
    expect(checkMapping({ schemeUnit: '', ulo: '', coverage: 'full', note: '', noteFr: '' })).toEqual(['unit', 'ulo']);
    expect(checkMapping({ schemeUnit: 'U1', ulo: 'ULO-A', coverage: 'partial', note: '', noteFr: '' })).toEqual([]);
  });

  it("show a note in the reader's language, the English one when it has no French", () => {
    expect(localNote({ note: 'Windows only', noteFr: 'Fenêtres seulement' }, 'fr')).toBe('Fenêtres seulement');
    expect(localNote({ note: 'Windows only', noteFr: 'Fenêtres seulement' }, 'en')).toBe('Windows only');
    expect(localNote({ note: 'Windows only', noteFr: null }, 'fr')).toBe('Windows only');
  });

  it('split text into trimmed lines', () => {
    expect(linesOf('a\r\n b \n\n')).toEqual(['a', 'b']);
  });
});
