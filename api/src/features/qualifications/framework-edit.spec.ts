// Applying one admin edit to the framework's file shape, then letting the importer's checks judge the result.
import { describe, expect, it } from '@jest/globals';
import { readFrameworkFile } from './framework-file.js';
import {
  applyEdit,
  changeAction,
  changeCode,
  changedFields,
  changeSummary,
  checkedRow,
  type FrameworkObject,
  type MappingEdit,
  type QualificationEdit,
  type UloEdit,
} from './framework-edit.js';

/** A small framework in the export's shape: two ULOs, one scheme with two units, one qualification, two mappings. */
const exported = (): FrameworkObject => ({
  framework: { id: 'fw', version: '1', name: 'Framework', status: '' },
  ulos: [
    { id: 'ULO-A', title: 'Seal joints', titleFr: 'Étancher les jonctions', topic: 'air', eqfLevel: 3, creditPoints: null, escoSkills: [], knowledge: ['k'], skills: [], responsibilityAutonomy: [] },
    { id: 'ULO-B', title: 'Tape windows', topic: 'air', eqfLevel: 3, creditPoints: 2, escoSkills: [{ uri: 'http://esco/1' }], knowledge: [], skills: [], responsibilityAutonomy: [] },
  ],
  schemes: [
    {
      id: 'S1',
      country: 'FR',
      name: 'Scheme',
      awardingBody: 'Body',
      units: [
        { id: 'U1', title: 'Unit 1' },
        { id: 'U2', title: 'Unit 2' },
      ],
      qualifications: [{ id: 'Q1', title: 'Installer', titleLocal: 'Poseur', requires: { all: ['U1'] }, practicalValidation: false, validityMonths: 24 }],
      mapping: [
        { schemeUnit: 'U1', referenceUlo: 'ULO-A', coverage: 'full', note: 'basis', approved: true },
        { schemeUnit: 'U2', referenceUlo: 'ULO-B', coverage: 'partial', note: '', approved: true },
      ],
    },
  ],
  agreements: [],
});

const ulo = (over: Partial<UloEdit> = {}): UloEdit => ({
  kind: 'ulo',
  code: 'ULO-A',
  create: false,
  title: 'Seal joints airtight',
  titleFr: 'Étancher les jonctions',
  topic: 'air',
  eqfLevel: 4,
  credits: 1.5,
  esco: [' http://esco/2 ', ''],
  knowledge: ['First', '  ', 'Second '],
  skills: ['Do it'],
  autonomy: [],
  ...over,
});
const qualification = (over: Partial<QualificationEdit> = {}): QualificationEdit => ({
  kind: 'qualification',
  scheme: 'S1',
  code: 'Q1',
  title: 'Installer',
  titleFr: 'Poseur',
  units: ['U1', 'U2'],
  nOf: null,
  practicalValidation: true,
  validityMonths: null,
  ...over,
});
const mapping = (over: Partial<MappingEdit> = {}): MappingEdit => ({ kind: 'mapping', scheme: 'S1', schemeUnit: 'U1', ulo: 'ULO-A', coverage: 'full', note: 'basis', noteFr: null, ...over });

/** Applies the edit and runs the file checks on the result. */
function check(edit: Parameters<typeof applyEdit>[1]) {
  const applied = applyEdit(exported(), edit);
  if (!('file' in applied)) throw new Error(`not applied: ${JSON.stringify(applied)}`);
  const { file, errors } = readFrameworkFile(applied.file);
  return { path: applied.path, created: applied.created, file, errors };
}

describe(applyEdit.name, () => {
  it('changes a ULO in place, trimming its lists, and leaves the source object alone', () => {
    const source = exported();
    const applied = applyEdit(source, ulo());
    expect(source.ulos[0]!.title).toBe('Seal joints');
    const { file, errors, path, created } = check(ulo());
    expect(applied).toMatchObject({ path: 'ulos[0]', created: false });
    expect([path, created, errors]).toEqual(['ulos[0]', false, []]);
    expect(file!.ulos[0]).toEqual({
      code: 'ULO-A',
      title: { en: 'Seal joints airtight', fr: 'Étancher les jonctions' },
      topic: 'air',
      eqfLevel: 4,
      credits: 1.5,
      esco: ['http://esco/2'],
      knowledge: ['First', 'Second'],
      skills: ['Do it'],
      autonomy: [],
    });
  });

  it('adds a new ULO at the end and refuses "new" on a code that exists', () => {
    const { file, path, created } = check(ulo({ code: 'ULO-C', create: true, titleFr: '  ' }));
    expect([path, created]).toEqual(['ulos[2]', true]);
    expect(file!.ulos[2]!.title).toEqual({ en: 'Seal joints airtight' });
    expect(applyEdit(exported(), ulo({ create: true }))).toEqual({ problems: [{ path: 'ulos[0].id', message: expect.stringContaining('already exists') }] });
    expect(applyEdit(exported(), ulo({ code: ' ' }))).toEqual({ problems: [{ path: 'ulos[2].id', message: 'A ULO needs a code' }] });
  });

  it("lets the file checks name the edited ULO's bad fields by their path", () => {
    const { errors, file } = check(ulo({ eqfLevel: 9, credits: -1, title: '' }));
    expect(file).toBeUndefined();
    expect(errors.map((e) => e.path).sort()).toEqual(['ulos[0].creditPoints', 'ulos[0].eqfLevel', 'ulos[0].title']);
  });

  it('changes a qualification: n of the listed units, validity, practical validation', () => {
    const { file, errors, path } = check(qualification({ nOf: 1, validityMonths: 36 }));
    expect([errors, path]).toEqual([[], 'schemes[0].qualifications[0]']);
    expect(file!.schemes[0]!.qualifications[0]).toEqual({
      code: 'Q1',
      title: { en: 'Installer', fr: 'Poseur' },
      requirement: { nOf: 1, of: ['U1', 'U2'] },
      practicalValidation: true,
      validityMonths: 36,
    });
    expect(check(qualification()).file!.schemes[0]!.qualifications[0]!.requirement).toEqual({ all: ['U1', 'U2'] });
  });

  it("names a qualification's unknown unit, bad n and bad validity; refuses no unit and no title before the checks", () => {
    expect(check(qualification({ units: ['U1', 'U9'], nOf: 3, validityMonths: 0 })).errors).toEqual([
      { path: 'schemes[0].qualifications[0].requires', message: expect.stringContaining('U9') },
      { path: 'schemes[0].qualifications[0].requires.nOf', message: expect.stringContaining('between 1 and') },
      { path: 'schemes[0].qualifications[0].validityMonths', message: expect.stringContaining('whole number') },
    ]);
    expect(applyEdit(exported(), qualification({ units: [' '], title: '' }))).toEqual({
      problems: [
        { path: 'schemes[0].qualifications[0].title', message: 'Qualification Q1 needs a title' },
        { path: 'schemes[0].qualifications[0].requires', message: 'Qualification Q1 needs at least one unit' },
      ],
    });
    expect(applyEdit(exported(), qualification({ scheme: 'S9' }))).toEqual({ missing: 'Scheme S9' });
    expect(applyEdit(exported(), qualification({ code: 'Q9' }))).toEqual({ missing: 'Qualification Q9 of scheme S1' });
  });

  it('resets a changed mapping to unapproved, keeps an unchanged one approved, adds a new one unapproved', () => {
    const changed = check(mapping({ coverage: 'partial' }));
    expect(changed.file!.schemes[0]!.mappings[0]).toEqual({ schemeUnit: 'U1', ulo: 'ULO-A', coverage: 'partial', note: 'basis', noteFr: null, approved: false });
    expect(check(mapping({ note: ' basis ' })).file!.schemes[0]!.mappings[0]!.approved).toBe(true);
    // Putting the note into French changes no basis: still approved.
    expect(check(mapping({ noteFr: ' fondement ' })).file!.schemes[0]!.mappings[0]).toMatchObject({ noteFr: 'fondement', approved: true });
    const added = check(mapping({ schemeUnit: 'U2', ulo: 'ULO-A', note: 'new' }));
    expect([added.path, added.created]).toEqual(['schemes[0].mapping[2]', true]);
    expect(added.file!.schemes[0]!.mappings[2]).toMatchObject({ schemeUnit: 'U2', ulo: 'ULO-A', approved: false });
  });

  it("names a mapping's unknown unit or ULO and a bad coverage", () => {
    expect(check(mapping({ schemeUnit: 'U9', ulo: 'ULO-Z', coverage: 'most' })).errors.map((e) => e.path)).toEqual([
      'schemes[0].mapping[2].schemeUnit',
      'schemes[0].mapping[2].referenceUlo',
      'schemes[0].mapping[2].coverage',
    ]);
  });

  it('removes a mapping, or says it is not there', () => {
    const { file, path } = check({ kind: 'mappingRemoval', scheme: 'S1', schemeUnit: 'U2', ulo: 'ULO-B' });
    expect(path).toBe('schemes[0].mapping[1]');
    expect(file!.schemes[0]!.mappings).toHaveLength(1);
    expect(applyEdit(exported(), { kind: 'mappingRemoval', scheme: 'S1', schemeUnit: 'U2', ulo: 'ULO-A' })).toEqual({ missing: 'The mapping U2 → ULO-A' });
  });
});

describe('audit helpers', () => {
  const before = readFrameworkFile(exported()).file!;

  it('read the checked row before and after, and list the fields that changed', () => {
    const edit = ulo();
    const after = check(edit).file!;
    const fields = changedFields(checkedRow(before, edit), checkedRow(after, edit));
    expect(fields).toEqual(['credits', 'eqfLevel', 'esco', 'knowledge', 'skills', 'title']);
    expect(changeSummary('changed', fields)).toBe('Changed credits, eqfLevel, esco, knowledge, skills, title');
    const remap = mapping({ coverage: 'partial' });
    expect(changedFields(checkedRow(before, remap), checkedRow(check(remap).file!, remap))).toEqual(['coverage']);
  });

  it('tell creations from removals and name rows for people', () => {
    expect(changeAction(null, {})).toBe('created');
    expect(changeAction({}, null)).toBe('removed');
    expect(changeAction({}, {})).toBe('changed');
    expect(checkedRow(before, ulo({ code: 'ULO-C' }))).toBeNull();
    expect(changeSummary('created', [])).toBe('Created');
    expect(changeSummary('changed', [])).toBe('Saved unchanged');
    expect(changeCode(qualification())).toBe('S1 · Q1');
    expect(changeCode(mapping())).toBe('S1 · U1 → ULO-A');
    expect(changeCode(ulo({ code: ' ULO-X ' }))).toBe('ULO-X');
  });
});
