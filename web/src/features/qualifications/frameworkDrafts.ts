// The framework editor's forms as plain drafts (what the admin types) and back to the API's inputs, with the checks
// that need no server (a blank code, a number that is not one). Ranges and units are the server's: it runs the
// importer's checks and names the field in a path of the file shape (`ulos[3].eqfLevel`), which lands on the field here.
import type { FrameworkCatalogueQuery, ReferenceUloInput, SchemeQualificationInput } from '../../graphql/generated/graphql';
import type { ImportProblem } from './importErrors';

export type CatalogueData = NonNullable<FrameworkCatalogueQuery['frameworkCatalogue']>;
export type CatalogueUlo = CatalogueData['ulos'][number];
export type CatalogueQualification = CatalogueData['schemes'][number]['qualifications'][number];

/** One statement (or URI) a line; blank lines dropped. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const wholeNumber = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);
/** A French admin types 1,5 as readily as 1.5. */
const decimal = (text: string): number | null => {
  const value = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : null;
};

// ---- ULO ----

export interface UloDraft {
  code: string;
  title: string;
  titleFr: string;
  topic: string;
  eqfLevel: string;
  credits: string;
  esco: string;
  knowledge: string;
  skills: string;
  autonomy: string;
}
export type UloField = 'code' | 'title' | 'eqfLevel' | 'credits';

export function uloDraft(u?: CatalogueUlo): UloDraft {
  return {
    code: u?.code ?? '',
    title: u?.title ?? '',
    titleFr: u?.titleFr ?? '',
    topic: u?.topic ?? '',
    eqfLevel: u ? String(u.eqfLevel) : '',
    credits: u?.credits == null ? '' : String(u.credits),
    esco: (u?.esco ?? []).join('\n'),
    knowledge: (u?.knowledge ?? []).join('\n'),
    skills: (u?.skills ?? []).join('\n'),
    autonomy: (u?.autonomy ?? []).join('\n'),
  };
}

export function checkUlo(d: UloDraft): { input?: ReferenceUloInput; errors: UloField[] } {
  const errors: UloField[] = [];
  const eqfLevel = wholeNumber(d.eqfLevel);
  const credits = d.credits.trim() ? decimal(d.credits) : null;
  if (!d.code.trim()) errors.push('code');
  if (!d.title.trim()) errors.push('title');
  if (eqfLevel == null) errors.push('eqfLevel');
  if (d.credits.trim() && credits == null) errors.push('credits');
  if (errors.length) return { errors };
  return {
    errors,
    input: {
      code: d.code.trim(),
      title: d.title.trim(),
      titleFr: d.titleFr.trim() || null,
      topic: d.topic.trim(),
      eqfLevel: eqfLevel!,
      credits,
      esco: linesOf(d.esco),
      knowledge: linesOf(d.knowledge),
      skills: linesOf(d.skills),
      autonomy: linesOf(d.autonomy),
    },
  };
}

// ---- qualification ----

export interface QualificationDraft {
  title: string;
  titleFr: string;
  kind: 'all' | 'nOf';
  units: string[];
  nOf: string;
  practicalValidation: boolean;
  validityMonths: string;
}
export type QualificationField = 'title' | 'units' | 'nOf' | 'validityMonths';

export function qualificationDraft(q: CatalogueQualification): QualificationDraft {
  return {
    title: q.title,
    titleFr: q.titleFr ?? '',
    kind: q.nOf == null ? 'all' : 'nOf',
    units: q.units,
    nOf: q.nOf == null ? '' : String(q.nOf),
    practicalValidation: q.practicalValidation,
    validityMonths: q.validityMonths == null ? '' : String(q.validityMonths),
  };
}

export function checkQualification(d: QualificationDraft): { input?: SchemeQualificationInput; errors: QualificationField[] } {
  const errors: QualificationField[] = [];
  const nOf = d.kind === 'nOf' ? wholeNumber(d.nOf) : null;
  const validityMonths = d.validityMonths.trim() ? wholeNumber(d.validityMonths) : null;
  if (!d.title.trim()) errors.push('title');
  if (!d.units.length) errors.push('units');
  if (d.kind === 'nOf' && nOf == null) errors.push('nOf');
  if (d.validityMonths.trim() && validityMonths == null) errors.push('validityMonths');
  if (errors.length) return { errors };
  return {
    errors,
    input: {
      title: d.title.trim(),
      titleFr: d.titleFr.trim() || null,
      units: d.units,
      nOf,
      practicalValidation: d.practicalValidation,
      validityMonths,
    },
  };
}

// ---- mapping ----

export interface MappingDraft {
  schemeUnit: string;
  ulo: string;
  coverage: 'full' | 'partial';
  note: string;
  noteFr: string;
}
export type MappingField = 'unit' | 'ulo' | 'coverage';

export function checkMapping(d: MappingDraft): MappingField[] {
  return [...(d.schemeUnit ? [] : ['unit' as const]), ...(d.ulo ? [] : ['ulo' as const])];
}

// ---- the server's problems, placed on the fields ----

export const ULO_PATHS: Record<string, UloField> = { id: 'code', title: 'title', eqfLevel: 'eqfLevel', creditPoints: 'credits' };
export const QUALIFICATION_PATHS: Record<string, QualificationField> = {
  title: 'title',
  requires: 'units',
  'requires.nOf': 'nOf',
  validityMonths: 'validityMonths',
};
export const MAPPING_PATHS: Record<string, MappingField> = { schemeUnit: 'unit', referenceUlo: 'ulo', coverage: 'coverage' };

/** `ulos[3].eqfLevel` → `eqfLevel`; `schemes[0].qualifications[2].requires.nOf` → `requires.nOf`; `ulos[3]` → ``. */
export function fieldOfPath(path: string): string {
  const end = path.lastIndexOf(']');
  return path.slice(end + 1).replace(/^\./, '');
}

/** The fields the problems land on; the rest (a row-wide problem, say) as the server worded them. */
export function placeProblems<F extends string>(problems: ImportProblem[], paths: Record<string, F>): { fields: F[]; other: string[] } {
  const fields = new Set<F>();
  const other: string[] = [];
  for (const p of problems) {
    const field = paths[fieldOfPath(p.path)];
    if (field) fields.add(field);
    else other.push(p.message);
  }
  return { fields: [...fields], other };
}

/** The title in the admin's language when the framework has it. */
/** A mapping's or agreement's note in the reader's language (the English one when it has no French). */
export const localNote = (item: { note: string; noteFr?: string | null }, language: string): string =>
  localTitle({ title: item.note, titleFr: item.noteFr }, language);

export const localTitle = (item: { title: string; titleFr?: string | null }, language: string): string =>
  language.startsWith('fr') && item.titleFr ? item.titleFr : item.title;
