// A small skills framework for the qualifications spec, on the demo modules' outcome codes: one French qualification
// needing the energy-labels and window-airtightness modules (validated on site), recognised in an Irish scheme.
const t = (en: string, fr: string) => ({ title: en, titleFr: fr });

export const FRAMEWORK_QUALIFICATION = 'FR-E2E-Q1';
export const FRAMEWORK_QUALIFICATION_TITLE = 'Rénovation énergétique : enveloppe étanche';

export function e2eFramework(version: string) {
  return {
    framework: { id: 'e2e-energy-skills', version, name: 'E2E energy skills', nameFr: 'Compétences énergie (test)', status: 'test data' },
    ulos: [
      { id: 'ULO-EPB-01', ...t('Read thermal values', 'Lire les valeurs thermiques'), eqfLevel: 3 },
      { id: 'ULO-EPB-02', ...t('Check delivered products', 'Contrôler les produits livrés'), eqfLevel: 3 },
      { id: 'ULO-AIR-01', ...t('Make joints airtight', 'Rendre les jonctions étanches à l’air'), eqfLevel: 3 },
      {
        id: 'ULO-AIR-02',
        ...t('Tape window frames', 'Poser la bande autour des fenêtres'),
        eqfLevel: 3,
        knowledge: ['Bandes intérieures et extérieures : laquelle va où'],
        skills: ['Poser la bande sans pli sur un support propre et sec'],
        responsibilityAutonomy: ['Contrôle son travail avant le passage du corps d’état suivant'],
      },
      { id: 'ULO-INS-02', ...t('Insulate a cold loft', 'Isoler des combles perdus'), eqfLevel: 3 },
    ],
    schemes: [
      {
        id: 'FR-E2E',
        country: 'FR',
        name: 'French energy scheme (test)',
        nameLocal: 'Dispositif énergie français (test)',
        awardingBody: 'Test body',
        units: [
          { id: 'FU1', title: 'Labels' },
          { id: 'FU2', title: 'Airtightness' },
        ],
        qualifications: [
          {
            id: FRAMEWORK_QUALIFICATION,
            title: 'Energy retrofit: airtight envelope',
            titleLocal: FRAMEWORK_QUALIFICATION_TITLE,
            requires: { all: ['FU1', 'FU2'] },
            practicalValidation: true,
            validityMonths: 24,
          },
        ],
        mapping: [
          { schemeUnit: 'FU1', referenceUlo: 'ULO-EPB-01', coverage: 'full', approved: true },
          { schemeUnit: 'FU1', referenceUlo: 'ULO-EPB-02', coverage: 'full', approved: true },
          { schemeUnit: 'FU2', referenceUlo: 'ULO-AIR-01', coverage: 'full', approved: true },
          { schemeUnit: 'FU2', referenceUlo: 'ULO-AIR-02', coverage: 'full', approved: true },
        ],
      },
      {
        id: 'IE-E2E',
        country: 'IE',
        name: 'Irish retrofit scheme (test)',
        awardingBody: 'Test board',
        units: [
          { id: 'IU1', title: 'Airtightness' },
          { id: 'IU2', title: 'Loft insulation' },
          { id: 'IU3', title: 'Product labels' },
        ],
        qualifications: [
          { id: 'IE-E2E-AIR', title: 'Airtightness installer', titleLocal: 'Poseur étanchéité à l’air', requires: { all: ['IU1'] }, practicalValidation: false, validityMonths: null },
          { id: 'IE-E2E-RET', title: 'Retrofit envelope', titleLocal: 'Enveloppe rénovée', requires: { all: ['IU1', 'IU2'] }, practicalValidation: false, validityMonths: null },
        ],
        mapping: [
          { schemeUnit: 'IU1', referenceUlo: 'ULO-AIR-01', coverage: 'full', approved: true },
          { schemeUnit: 'IU1', referenceUlo: 'ULO-AIR-02', coverage: 'full', approved: true },
          { schemeUnit: 'IU2', referenceUlo: 'ULO-INS-02', coverage: 'full', approved: true },
          // Waits for the admin's approval on the framework screen.
          { schemeUnit: 'IU3', referenceUlo: 'ULO-EPB-01', coverage: 'partial', note: 'Labels only', approved: false },
        ],
      },
    ],
    tasks: [
      {
        id: 'T-E2E-WIN',
        ...t('Replace a window with airtight joints', 'Remplacer une fenêtre, joints étanches'),
        phase: 'envelope',
        professions: ['window fitter'],
        professionsFr: ['poseur de menuiseries'],
        ulos: ['ULO-AIR-01', 'ULO-AIR-02', 'ULO-EPB-02'],
      },
      {
        id: 'T-E2E-LOFT',
        ...t('Insulate a cold loft, airtight', 'Isoler des combles perdus, étanches à l’air'),
        phase: 'envelope',
        professions: ['insulation installer'],
        professionsFr: ['solier-isolateur'],
        ulos: ['ULO-INS-02', 'ULO-AIR-01'],
      },
    ],
    // Waits for the admin's approval too; nobody in the spec holds IE-E2E-RET, so it changes no passport.
    agreements: [{ fromScheme: 'IE-E2E', held: 'IE-E2E-RET', toScheme: 'FR-E2E', recognised: FRAMEWORK_QUALIFICATION, note: 'Test agreement', approved: false }],
  };
}

/** A file the import refuses: two rows with problems, so the screen lists them. */
export function brokenFramework(version: string) {
  const file = e2eFramework(version);
  return {
    ...file,
    ulos: [...file.ulos, { id: 'ULO-EPB-01', title: 'Twice', eqfLevel: 3 }, { id: 'ULO-BAD', title: 'Bad level', eqfLevel: 12 }],
  };
}
