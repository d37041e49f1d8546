import { describe, expect, it } from 'vitest';
import { qualificationStatus, recognition, schemeStatuses, uloRule, uloStatus, type Scheme, type UloEvidence } from './progress.js';

const t = (en: string) => ({ en });
const fr: Scheme = {
  code: 'FR',
  country: 'FR',
  awardingBody: 'Demo FR',
  units: [{ code: 'FR-U1', title: t('air') }, { code: 'FR-U2', title: t('ins') }, { code: 'FR-U3', title: t('hp') }],
  mappings: [
    { schemeUnit: 'FR-U1', ulo: 'AT-01', coverage: 'full', approved: true },
    { schemeUnit: 'FR-U1', ulo: 'AT-02', coverage: 'full', approved: true },
    { schemeUnit: 'FR-U2', ulo: 'IN-01', coverage: 'partial', approved: true },
    { schemeUnit: 'FR-U3', ulo: 'HP-01', coverage: 'full', approved: true },
    { schemeUnit: 'FR-U3', ulo: 'HP-02', coverage: 'full', approved: false },
  ],
  qualifications: [
    { code: 'FR-Q1', title: t('all'), requirement: { all: ['FR-U1', 'FR-U2'] }, practicalValidation: false, validityMonths: 12 },
    { code: 'FR-Q2', title: t('two of three'), requirement: { nOf: 2, of: ['FR-U1', 'FR-U2', 'FR-U3'] }, practicalValidation: false },
    { code: 'FR-Q3', title: t('validated'), requirement: { all: ['FR-U1'] }, practicalValidation: true },
  ],
};
const de: Scheme = {
  code: 'DE',
  country: 'DE',
  awardingBody: 'Demo DE',
  units: [{ code: 'DE-U1', title: t('air') }, { code: 'DE-U2', title: t('hp') }],
  mappings: [
    { schemeUnit: 'DE-U1', ulo: 'AT-01', coverage: 'full', approved: true },
    { schemeUnit: 'DE-U1', ulo: 'AT-02', coverage: 'full', approved: true },
    { schemeUnit: 'DE-U1', ulo: 'AT-03', coverage: 'full', approved: true },
    { schemeUnit: 'DE-U2', ulo: 'HP-01', coverage: 'full', approved: true },
  ],
  qualifications: [
    { code: 'DE-Q1', title: t('air'), requirement: { all: ['DE-U1'] }, practicalValidation: false },
    { code: 'DE-Q2', title: t('hp'), requirement: { all: ['DE-U2'] }, practicalValidation: false },
  ],
};
const passed = (ulo: string, at: string, moduleId = `m-${ulo}`): UloEvidence => ({ ulo, moduleId, passedAt: at });
const status = (scheme: Scheme, code: string, evidence: UloEvidence[], today: string) =>
  schemeStatuses(scheme, evidence, today).find((s) => s.qualification === code)!;

describe('uloStatus', () => {
  it('is missing without evidence and held after a pass', () => {
    expect(uloStatus('AT-01', [], '2026-01-01').state).toBe('missing');
    expect(uloStatus('AT-01', [passed('AT-01', '2025-06-01')], '2026-01-01')).toMatchObject({ state: 'held', achievedAt: '2025-06-01', expiresAt: null });
  });

  it('expires validity months after the latest achievement, and a new pass renews it', () => {
    const old = [passed('AT-01', '2024-03-31')];
    expect(uloStatus('AT-01', old, '2025-04-01', { validityMonths: 12 })).toMatchObject({ state: 'expired', expiresAt: '2025-03-31' });
    expect(uloStatus('AT-01', [...old, passed('AT-01', '2025-02-01', 'm2')], '2025-04-01', { validityMonths: 12 })).toMatchObject({ state: 'held', expiresAt: '2026-02-01' });
  });

  it('needs a trainer validation when the qualification asks for practical validation', () => {
    const done = { ulo: 'AT-01', moduleId: 'm', completedAt: '2025-01-01' };
    expect(uloStatus('AT-01', [done], '2025-06-01', { practicalValidation: true }).state).toBe('awaiting_validation');
    expect(uloStatus('AT-01', [{ ...done, validatedAt: '2025-01-05' }], '2025-06-01', { practicalValidation: true })).toMatchObject({ state: 'held', achievedAt: '2025-01-05' });
  });

  it("waits for the on-site validation of a module whose practical step is required for the award, whatever the qualification says", () => {
    const done = { ulo: 'AT-01', moduleId: 'm', passedAt: '2025-01-01', validationRequired: true };
    expect(uloStatus('AT-01', [done], '2025-06-01').state).toBe('awaiting_validation');
    expect(uloStatus('AT-01', [{ ...done, validatedAt: '2025-01-03' }], '2025-06-01')).toMatchObject({ state: 'held', achievedAt: '2025-01-03' });
    // Another module covering the ULO without a practical step still holds it.
    expect(uloStatus('AT-01', [done, { ulo: 'AT-01', moduleId: 'n', passedAt: '2025-02-01' }], '2025-06-01').state).toBe('held');
  });
});

describe('qualificationStatus', () => {
  it('is in progress with the share of ULOs held and what is missing', () => {
    const s = status(fr, 'FR-Q1', [passed('AT-01', '2025-06-01')], '2025-07-01');
    expect(s).toMatchObject({ state: 'in_progress', percent: 33, missingUlos: ['AT-02', 'IN-01'] });
  });

  it('is held when every required unit is met, expiring within 60 days, then expired', () => {
    const evidence = ['AT-01', 'AT-02', 'IN-01'].map((u) => passed(u, '2025-01-10'));
    expect(status(fr, 'FR-Q1', evidence, '2025-06-01')).toMatchObject({ state: 'held', percent: 100, expiresAt: '2026-01-10' });
    expect(status(fr, 'FR-Q1', evidence, '2025-12-01').state).toBe('expiring');
    expect(status(fr, 'FR-Q1', evidence, '2026-01-10')).toMatchObject({ state: 'expired', expiresAt: '2026-01-10' });
  });

  it('counts n of m: any two units meet it, the closest units drive the percentage', () => {
    expect(status(fr, 'FR-Q2', [passed('AT-01', '2025-01-01'), passed('AT-02', '2025-01-01')], '2025-02-01')).toMatchObject({ state: 'in_progress', percent: 66 });
    const two = [passed('AT-01', '2025-01-01'), passed('AT-02', '2025-01-01'), passed('HP-01', '2025-01-01')];
    expect(status(fr, 'FR-Q2', two, '2025-02-01')).toMatchObject({ state: 'held', unitsMet: ['FR-U1', 'FR-U3'] });
  });

  it('ignores mappings an admin has not approved', () => {
    // FR-U3 maps HP-02 only in draft: HP-01 alone meets the unit.
    expect(qualificationStatus(fr.qualifications[1]!, fr, [uloStatus('HP-01', [passed('HP-01', '2025-01-01')], '2025-02-01')], '2025-02-01').unitsMet).toEqual(['FR-U3']);
  });

  it('is missing when nothing is held', () => {
    expect(status(fr, 'FR-Q3', [], '2025-01-01')).toMatchObject({ state: 'missing', percent: 0 });
    expect(uloRule(fr.qualifications[2]!).practicalValidation).toBe(true);
  });
});

describe('recognition', () => {
  it('covers a target fully when every needed ULO is credited by a full mapping', () => {
    const [air] = recognition({ scheme: de, qualification: de.qualifications[0]! }, fr);
    expect(air).toMatchObject({ qualification: 'FR-Q1', coverage: 'partial', percent: 66, missingUlos: ['IN-01'] });
    const q3 = recognition({ scheme: de, qualification: de.qualifications[0]! }, fr).find((r) => r.qualification === 'FR-Q3');
    expect(q3).toMatchObject({ coverage: 'full', percent: 100, missingUlos: [] });
  });

  it('is asymmetric and names the modules that close the gap', () => {
    const back = recognition({ scheme: fr, qualification: fr.qualifications[2]! }, de, { moduleUlos: { 'mod-air': ['AT-03'], 'mod-x': ['ZZ'] } });
    expect(back[0]).toMatchObject({ qualification: 'DE-Q1', coverage: 'partial', percent: 66, missingUlos: ['AT-03'], closingModules: ['mod-air'] });
    expect(back[1]).toMatchObject({ qualification: 'DE-Q2', coverage: 'none', percent: 0 });
  });

  it('credits nothing for a partial mapping', () => {
    const onlyInsulation: Scheme = { ...fr, qualifications: [{ code: 'X', title: t('x'), requirement: { all: ['FR-U2'] }, practicalValidation: false }] };
    const r = recognition({ scheme: onlyInsulation, qualification: onlyInsulation.qualifications[0]! }, fr);
    expect(r.find((x) => x.qualification === 'FR-Q1')!.percent).toBe(0);
  });

  it('lets a bilateral agreement override the ULO comparison, in one direction only', () => {
    const agreements = [{ fromScheme: 'FR', toScheme: 'DE', held: 'FR-Q3', recognised: 'DE-Q1' }];
    expect(recognition({ scheme: fr, qualification: fr.qualifications[2]! }, de, { agreements })[0]).toMatchObject({ coverage: 'full', byAgreement: true });
    expect(recognition({ scheme: de, qualification: de.qualifications[0]! }, fr, { agreements }).every((r) => !r.byAgreement)).toBe(true);
  });
});
