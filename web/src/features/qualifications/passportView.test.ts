// The passport's reading logic on the shared engine's output: groups, recognitions, evidence trail.
import { describe, expect, it } from 'vitest';
import type { PassportCatalogue } from '@fit/shared';
import { evidenceTrail, expiresSoon, localText, passportSections, recognitionGroups } from './passportView';
import { viewOf, type PassportInputsData } from './hooks/usePassport';

const t = (en: string, fr?: string) => ({ en, ...(fr ? { fr } : {}) });
const catalogue: PassportCatalogue = {
  ulos: [t('Airtightness', 'Étanchéité'), t('Insulation'), t('Ventilation')].map((title, i) => ({ code: `U${i + 1}`, title, eqfLevel: 3 })),
  schemes: [
    {
      code: 'FR',
      country: 'FR',
      awardingBody: 'X',
      title: t('French scheme', 'Dispositif français'),
      units: [{ code: 'F1', title: t('F1') }],
      qualifications: [
        { code: 'FR-Q', title: t('Envelope', 'Enveloppe'), requirement: { all: ['F1'] }, practicalValidation: true, validityMonths: 12 },
      ],
      mappings: [
        { schemeUnit: 'F1', ulo: 'U1', coverage: 'full', approved: true },
        { schemeUnit: 'F1', ulo: 'U2', coverage: 'full', approved: true },
      ],
    },
    {
      code: 'IE',
      country: 'IE',
      awardingBody: 'Y',
      units: [{ code: 'I1', title: t('I1') }],
      qualifications: [
        { code: 'IE-Q', title: t('Retrofit'), requirement: { all: ['I1'] }, practicalValidation: false },
        { code: 'IE-V', title: t('Ventilation'), requirement: { all: ['I2'] }, practicalValidation: false },
      ],
      mappings: [
        { schemeUnit: 'I1', ulo: 'U1', coverage: 'full', approved: true },
        { schemeUnit: 'I1', ulo: 'U3', coverage: 'full', approved: true },
      ],
    },
  ],
};

const inputs = (evidence: PassportInputsData['evidence']): PassportInputsData => ({
  workerId: 'w1',
  displayName: 'Julien Moreau',
  today: '2026-11-23',
  catalogue,
  evidence,
  modules: [
    { moduleId: 'm-air', versionId: 'v-air', title: { fr: 'Fenêtres', en: 'Windows' }, outcomes: ['U1'], startable: true },
    { moduleId: 'm-ins', versionId: 'v-ins', title: { fr: 'Isolation', en: 'Insulation' }, outcomes: ['U2'], startable: true },
    { moduleId: 'm-ven', versionId: 'v-ven', title: { fr: 'VMC', en: 'MVHR' }, outcomes: ['U3'], startable: true },
  ],
  awards: [],
});

const passed = (ulo: string, moduleId: string, day: string, validated = true) => ({
  ulo,
  moduleId,
  completedAt: `${day}T09:00:00.000Z`,
  passedAt: `${day}T09:00:00.000Z`,
  validatedAt: validated ? `${day}T15:00:00.000Z` : null,
  validationRequired: true,
  freshUntil: null,
});

describe('the passport computed on the device', () => {
  it('shows a qualification in progress with what is next, and no recognition before it is held', () => {
    const view = viewOf(inputs([passed('U1', 'm-air', '2026-11-01')]), '2026-11-23');
    const sections = passportSections(view);
    expect(sections.inProgress.map((q) => [q.qualification, q.percent, q.missingUlos, q.nextModules])).toEqual([
      ['FR-Q', 50, ['U2'], ['m-ins']],
      ['IE-Q', 50, ['U3'], ['m-ven']],
    ]);
    expect(sections.held).toEqual([]);
    expect(sections.notStarted).toBe(1);
    expect(recognitionGroups(view.recognitions)).toEqual({ full: [], partial: [] });
  });

  it('holds it once the last module is passed and validated, expiring within 60 days, recognised partly elsewhere', () => {
    const view = viewOf(inputs([passed('U1', 'm-air', '2025-12-01'), passed('U2', 'm-ins', '2026-01-10')]), '2026-11-23');
    const sections = passportSections(view);
    expect(sections.expiring.map((q) => [q.qualification, q.expiresAt])).toEqual([['FR-Q', '2026-12-01']]);
    const groups = recognitionGroups(view.recognitions);
    expect(groups.partial).toEqual([expect.objectContaining({ scheme: 'IE', qualification: 'IE-Q', percent: 50, missingUlos: ['U3'], closingModules: ['m-ven'] })]);
  });

  it('needs the trainer’s validation when the qualification asks for it', () => {
    const view = viewOf(inputs([passed('U1', 'm-air', '2026-11-01'), passed('U2', 'm-ins', '2026-11-02', false)]), '2026-11-23');
    expect(view.qualifications.find((q) => q.qualification === 'FR-Q')).toMatchObject({ state: 'in_progress', missingUlos: ['U2'] });
  });

  it('marks a recognition granted by agreement, and shows each target once at its best', () => {
    const agreed = { ...inputs([passed('U1', 'm-air', '2026-11-01'), passed('U2', 'm-ins', '2026-11-02')]) };
    agreed.catalogue = { ...catalogue, agreements: [{ fromScheme: 'FR', toScheme: 'IE', held: 'FR-Q', recognised: 'IE-Q' }] };
    const groups = recognitionGroups(viewOf(agreed, '2026-11-23').recognitions);
    expect(groups.full).toEqual([expect.objectContaining({ qualification: 'IE-Q', byAgreement: true, percent: 100 })]);
    expect(groups.partial).toEqual([]);
  });

  it('leaves out a partial recognition of what the worker holds in its own right', () => {
    const r = { fromScheme: 'IE', fromQualification: 'IE-Q', scheme: 'FR', missingUlos: ['U2'], closingModules: [], byAgreement: false };
    const partial = { ...r, qualification: 'FR-Q', coverage: 'partial' as const, percent: 50 };
    const full = { ...r, qualification: 'FR-Z', coverage: 'full' as const, percent: 100 };
    expect(recognitionGroups([partial, full], [{ scheme: 'FR', qualification: 'FR-Q' }, { scheme: 'FR', qualification: 'FR-Z' }])).toEqual({ full: [full], partial: [] });
    expect(recognitionGroups([partial], []).partial).toEqual([partial]);
  });

  it('lists the evidence trail newest first with pass and validation days', () => {
    expect(evidenceTrail([passed('U1', 'a', '2026-01-01'), passed('U1', 'b', '2026-03-01', false)])).toEqual([
      { moduleId: 'b', doneOn: '2026-03-01', validatedOn: null },
      { moduleId: 'a', doneOn: '2026-01-01', validatedOn: '2026-01-01' },
    ]);
  });

  it('reads texts in the reader’s language, falling back to English', () => {
    expect(localText({ en: 'Airtightness', fr: 'Étanchéité' }, 'fr')).toBe('Étanchéité');
    expect(localText({ en: 'Airtightness', fr: 'Étanchéité' }, 'fr-FR')).toBe('Étanchéité');
    expect(localText({ en: 'Insulation' }, 'fr')).toBe('Insulation');
    expect(localText(null, 'fr')).toBe('');
    expect(expiresSoon('2026-12-01', '2026-11-23')).toBe(true);
    expect(expiresSoon('2027-06-01', '2026-11-23')).toBe(false);
    expect(expiresSoon('2026-11-01', '2026-11-23')).toBe(false);
  });
});
