// Compact builders for the demo schemes in the framework file shape. Every scheme here is an EXAMPLE modelled on a
// real one: its name says so, and none of its units or qualifications is the real scheme's text.
type Title = [en: string, fr: string];

export const unit = (id: string, [title, titleLocal]: Title) => ({ id, title, titleLocal });

export const qualification = (
  id: string,
  [title, titleLocal]: Title,
  requires: { all: string[] } | { nOf: number; ulos: string[] },
  practicalValidation: boolean,
  validityMonths: number | null,
) => ({ id, title, titleLocal, requires, practicalValidation, validityMonths });

/** Unit → ULO mappings, approved as the demo's admin would (the demo shows them counting); notes in English and French. */
export const maps = (schemeUnit: string, full: string[], partial: [ulo: string, note: Title][] = []) => [
  ...full.map((referenceUlo) => ({ schemeUnit, referenceUlo, coverage: 'full', ...FULL_NOTE, approved: true })),
  ...partial.map(([referenceUlo, [note, noteFr]]) => ({ schemeUnit, referenceUlo, coverage: 'partial', note, noteFr, approved: true })),
];

const FULL_NOTE = { note: 'Example mapping: the unit’s outcomes cover the ULO', noteFr: 'Correspondance d’exemple : les acquis de l’unité couvrent l’ULO' };
