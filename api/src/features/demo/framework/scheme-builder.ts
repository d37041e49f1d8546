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

/** Unit → ULO mappings, approved as the demo's admin would (the demo shows them counting). */
export const maps = (schemeUnit: string, full: string[], partial: [ulo: string, note: string][] = []) => [
  ...full.map((referenceUlo) => ({ schemeUnit, referenceUlo, coverage: 'full', note: 'Example mapping: the unit’s outcomes cover the ULO', approved: true })),
  ...partial.map(([referenceUlo, note]) => ({ schemeUnit, referenceUlo, coverage: 'partial', note, approved: true })),
];
