// One admin edit (a ULO, a qualification, a mapping) applied to the active framework in its file shape (the export's),
// so the importer's own checks (framework-file.ts) judge an edited framework exactly as they judge an imported one and
// their problems come back with the same paths (`ulos[3].eqfLevel`). Pure: no database, no Nest.
import type { FrameworkFile, RowError } from './framework-file.js';

type Obj = Record<string, unknown>;

/** The framework file object as FrameworkService.exportObject() gives it. */
export interface FrameworkObject {
  ulos: Obj[];
  schemes: Obj[];
  [key: string]: unknown;
}

export interface UloEdit {
  kind: 'ulo';
  code: string;
  /** Refuse the edit when the code is taken: "New ULO" must never overwrite one. */
  create: boolean;
  title: string;
  titleFr: string | null;
  topic: string;
  eqfLevel: number;
  credits: number | null;
  esco: string[];
  knowledge: string[];
  skills: string[];
  autonomy: string[];
}

export interface QualificationEdit {
  kind: 'qualification';
  scheme: string;
  code: string;
  title: string;
  titleFr: string | null;
  units: string[];
  /** Null: all the units are required; otherwise n of them. */
  nOf: number | null;
  practicalValidation: boolean;
  validityMonths: number | null;
}

export interface MappingEdit {
  kind: 'mapping';
  scheme: string;
  schemeUnit: string;
  ulo: string;
  coverage: string;
  note: string;
  /** The note in French; null or blank: none. */
  noteFr: string | null;
}

export interface MappingRemoval {
  kind: 'mappingRemoval';
  scheme: string;
  schemeUnit: string;
  ulo: string;
}

export type FrameworkEdit = UloEdit | QualificationEdit | MappingEdit | MappingRemoval;

export type AppliedEdit =
  /** `path`: where the row sits in the file, the prefix of the checks' paths about it. */
  | { file: FrameworkObject; path: string; created: boolean }
  /** What the edit names that the framework does not have (a scheme, a qualification, a mapping). */
  | { missing: string }
  /** Problems the file checks would word for a file, not for a form (a blank code, no unit). */
  | { problems: RowError[] };

const trimmed = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);
const objects = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

/** A copy of `file` with the edit applied; `file` itself is left as it was. */
export function applyEdit(source: FrameworkObject, edit: FrameworkEdit): AppliedEdit {
  const file = structuredClone(source);
  if (edit.kind === 'ulo') return applyUlo(file, edit);
  const s = file.schemes.findIndex((x) => x.id === edit.scheme);
  if (s < 0) return { missing: `Scheme ${edit.scheme}` };
  const scheme = file.schemes[s]!;
  if (edit.kind === 'qualification') {
    const qualifications = objects(scheme.qualifications);
    const q = qualifications.findIndex((x) => x.id === edit.code);
    if (q < 0) return { missing: `Qualification ${edit.code} of scheme ${edit.scheme}` };
    const path = `schemes[${s}].qualifications[${q}]`;
    const problems: RowError[] = [];
    if (!edit.title.trim()) problems.push({ path: `${path}.title`, message: `Qualification ${edit.code} needs a title` });
    if (!trimmed(edit.units).length) problems.push({ path: `${path}.requires`, message: `Qualification ${edit.code} needs at least one unit` });
    if (problems.length) return { problems };
    const units = trimmed(edit.units);
    qualifications[q] = {
      ...qualifications[q],
      title: edit.title.trim(),
      titleLocal: edit.titleFr?.trim() || undefined,
      requires: edit.nOf == null ? { all: units } : { nOf: edit.nOf, ulos: units },
      practicalValidation: edit.practicalValidation,
      validityMonths: edit.validityMonths,
    };
    return { file, path, created: false };
  }
  const mappings = objects(scheme.mapping);
  scheme.mapping = mappings;
  const m = mappings.findIndex((x) => x.schemeUnit === edit.schemeUnit && x.referenceUlo === edit.ulo);
  if (edit.kind === 'mappingRemoval') {
    if (m < 0) return { missing: `The mapping ${edit.schemeUnit} → ${edit.ulo}` };
    mappings.splice(m, 1);
    return { file, path: `schemes[${s}].mapping[${m}]`, created: false };
  }
  const previous = mappings[m];
  const note = edit.note.trim();
  const noteFr = edit.noteFr?.trim() || undefined;
  const same = previous && previous.coverage === edit.coverage && (previous.note ?? '') === note;
  // The recognition basis changed: an approval given for the old one no longer stands (translating the note is no change).
  const row = same ? { ...previous, noteFr } : { schemeUnit: edit.schemeUnit, referenceUlo: edit.ulo, coverage: edit.coverage, note, noteFr, approved: false };
  if (m < 0) mappings.push(row);
  else mappings[m] = row;
  return { file, path: `schemes[${s}].mapping[${m < 0 ? mappings.length - 1 : m}]`, created: m < 0 };
}

function applyUlo(file: FrameworkObject, edit: UloEdit): AppliedEdit {
  const code = edit.code.trim();
  const found = file.ulos.findIndex((u) => u.id === code);
  const i = found < 0 ? file.ulos.length : found;
  const path = `ulos[${i}]`;
  if (!code) return { problems: [{ path: `${path}.id`, message: 'A ULO needs a code' }] };
  if (edit.create && found >= 0) return { problems: [{ path: `${path}.id`, message: `ULO ${code} already exists: pick it in the list to change it` }] };
  file.ulos[i] = {
    id: code,
    title: edit.title.trim(),
    titleFr: edit.titleFr?.trim() || undefined,
    topic: edit.topic.trim(),
    eqfLevel: edit.eqfLevel,
    creditPoints: edit.credits,
    escoSkills: trimmed(edit.esco).map((uri) => ({ uri })),
    knowledge: trimmed(edit.knowledge),
    skills: trimmed(edit.skills),
    responsibilityAutonomy: trimmed(edit.autonomy),
  };
  return { file, path, created: found < 0 };
}

/** The edited row as the checks read it (null when absent): what the database stores, and the audit's before/after. */
export function checkedRow(file: FrameworkFile, edit: FrameworkEdit): Obj | null {
  if (edit.kind === 'ulo') return (file.ulos.find((u) => u.code === edit.code.trim()) as Obj | undefined) ?? null;
  const scheme = file.schemes.find((s) => s.code === edit.scheme);
  if (edit.kind === 'qualification') return (scheme?.qualifications.find((q) => q.code === edit.code) as Obj | undefined) ?? null;
  return (scheme?.mappings.find((m) => m.schemeUnit === edit.schemeUnit && m.ulo === edit.ulo) as Obj | undefined) ?? null;
}

/** Keys whose values differ; a mapping's approval follows from its other fields, so it is not one of them. */
export function changedFields(before: Obj | null, after: Obj | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  keys.delete('approved');
  return [...keys].filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null)).sort();
}

export type ChangeAction = 'created' | 'changed' | 'removed';

export const changeAction = (before: unknown, after: unknown): ChangeAction => (before == null ? 'created' : after == null ? 'removed' : 'changed');

/** One line for the change list of API clients; the web words it in the admin's language from action and fields. */
export function changeSummary(action: ChangeAction, fields: string[]): string {
  if (action === 'created') return 'Created';
  if (action === 'removed') return 'Removed';
  return fields.length ? `Changed ${fields.join(', ')}` : 'Saved unchanged';
}

/** How the audit names a row: the ULO code, "scheme · qualification", or "scheme · unit → ULO". */
export function changeCode(edit: FrameworkEdit): string {
  if (edit.kind === 'ulo') return edit.code.trim();
  if (edit.kind === 'qualification') return `${edit.scheme} · ${edit.code}`;
  return `${edit.scheme} · ${edit.schemeUnit} → ${edit.ulo}`;
}
