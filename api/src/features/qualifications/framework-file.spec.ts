// A framework file with problems of both kinds: a field that is wrong and a reference to something the file does not
// define. Every problem is named, in the order of the file, with the id of the item it is in.
import { describe, expect, it } from '@jest/globals';
import { readFrameworkFile } from './framework-file.js';

const file = () => ({
  framework: { id: 'fw', version: '1', name: 'Framework' },
  ulos: [{ id: 'ULO-A', title: 'Seal joints', eqfLevel: 3 }],
  schemes: [
    {
      id: 'S1',
      country: 'FR',
      awardingBody: 'Body',
      units: [{ id: 'U1' }],
      qualifications: [
        { id: 'Q1', requires: { all: ['U1', 'U9'] } },
        { id: 'Q2', requires: 'most of them' as unknown },
      ],
      mapping: [{ schemeUnit: 'U1', referenceUlo: 'ULO-NOPE', coverage: 'full' }],
    },
  ],
  tasks: [{ id: 'T1', title: 'Seal', professions: [] as string[], ulos: ['ULO-A', 'ULO-NOPE'] }],
});

describe(readFrameworkFile.name, () => {
  it('names wrong fields and unknown references together, in file order, with the id of each item', () => {
    const { file: rows, errors } = readFrameworkFile(file());
    expect(rows).toBeUndefined();
    expect(errors).toEqual([
      { path: 'schemes[0].qualifications[0].requires', message: 'Qualification Q1 requires unit U9, which scheme S1 does not define' },
      { path: 'schemes[0].qualifications[1].requires', message: 'Qualification Q2: requires must be {all: [units]} or {nOf: n, ulos: [units]}' },
      { path: 'schemes[0].mapping[0].referenceUlo', message: '"ULO-NOPE" is not a ULO of this framework' },
      { path: 'tasks[0].professions', message: 'Task T1 needs at least one profession, each a name' },
      { path: 'tasks[0].ulos', message: 'Task T1: "ULO-NOPE" is not a ULO of this framework' },
    ]);
  });

  it('reads a sound file into rows', () => {
    const sound = file();
    sound.schemes[0]!.qualifications = [{ id: 'Q1', requires: { all: ['U1'] } }];
    sound.schemes[0]!.mapping[0]!.referenceUlo = 'ULO-A';
    sound.tasks[0] = { id: 'T1', title: 'Seal', professions: ['Installer'], ulos: ['ULO-A'] };
    const { file: rows, errors } = readFrameworkFile(sound);
    expect(errors).toEqual([]);
    expect(rows?.schemes[0]?.qualifications[0]).toMatchObject({ code: 'Q1', requirement: { all: ['U1'] }, validityMonths: null });
    expect(rows?.tasks[0]).toMatchObject({ code: 'T1', professions: [{ en: 'Installer' }], ulos: ['ULO-A'] });
  });
});
