import { describe, expect, it } from 'vitest';
import { computePassport, type PassportCatalogue } from './passport.js';

// A qualification that asks for on-site validation, and a course (no practical step) the worker has passed on ULO A.
const scheme = {
  code: 'S',
  country: 'DE',
  awardingBody: 'Demo',
  units: [{ code: 'U1', title: { en: 'u1' } }],
  mappings: [
    { schemeUnit: 'U1', ulo: 'A', coverage: 'full' as const, approved: true },
    { schemeUnit: 'U1', ulo: 'B', coverage: 'full' as const, approved: true },
  ],
  qualifications: [
    { code: 'Q-SITE', title: { en: 'validated on site' }, requirement: { all: ['U1'] }, practicalValidation: true, validityMonths: 36 },
    { code: 'Q-PLAIN', title: { en: 'no validation' }, requirement: { all: ['U1'] }, practicalValidation: false, validityMonths: 36 },
  ],
};
const catalogue: PassportCatalogue = {
  ulos: [
    { code: 'A', title: { en: 'a' }, eqfLevel: 4 },
    { code: 'B', title: { en: 'b' }, eqfLevel: 4 },
  ],
  schemes: [scheme],
};
const evidence = [{ ulo: 'A', moduleId: 'course', completedAt: '2026-12-01', passedAt: '2026-12-01', validationRequired: false }];
const moduleUlos = { course: ['A'], other: ['B'] };

describe('a passport tells one story per ULO', () => {
  const view = computePassport({ catalogue, evidence, moduleUlos }, '2026-12-05');
  const card = (code: string) => view.qualifications.find((q) => q.qualification === code)!;

  it('a ULO the worker holds is never listed as still to learn, nor its course suggested again', () => {
    expect(view.ulos.find((u) => u.code === 'A')).toMatchObject({ state: 'held', evidence: [{ moduleId: 'course' }] });
    const held = view.ulos.filter((u) => u.state === 'held').map((u) => u.code);
    for (const q of view.qualifications) expect(q.toLearnUlos.filter((u) => held.includes(u))).toEqual([]);
    expect(card('Q-SITE')).toMatchObject({ state: 'in_progress', toLearnUlos: ['B'], awaitingUlos: ['A'], nextModules: ['other'] });
    expect(card('Q-PLAIN')).toMatchObject({ state: 'in_progress', toLearnUlos: ['B'], awaitingUlos: [], nextModules: ['other'] });
  });

  it('still suggests the modules for what is not learnt yet', () => {
    const none = computePassport({ catalogue, evidence: [], moduleUlos }, '2026-12-05');
    expect(none.qualifications.find((q) => q.qualification === 'Q-SITE')).toMatchObject({ toLearnUlos: ['A', 'B'], nextModules: ['course', 'other'] });
  });
});
