// The framework file as one CSV (docs/framework-csv.md): a `table` column says what each row is; lists inside a cell
// are separated by " | ". Reading builds the JSON file shape and lets framework-file.ts check it, then names the CSV
// row of every problem (spreadsheet numbering: the header is row 1).
import { CsvSyntaxError, readCsv, writeCsv } from '../../common/csv.js';
import type { RowError } from './framework-file.js';

export const CSV_COLUMNS = [
  'table', 'scheme', 'code', 'title_en', 'title_fr', 'version', 'status', 'topic', 'eqf_level', 'credits', 'esco',
  'knowledge', 'skills', 'autonomy', 'country', 'awarding_body', 'requirement', 'practical_validation',
  'validity_months', 'unit', 'ulo', 'coverage', 'note', 'note_fr', 'approved', 'to_scheme', 'recognised', 'phase', 'professions',
  'professions_fr', 'ulos',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type CsvRow = Partial<Record<Column, string>>;
type Obj = Record<string, unknown>;

const SEP = ' | ';
const list = (v?: string) => (v ?? '').split('|').map((x) => x.trim()).filter(Boolean);
/** A list whose empty items keep their place (French names aligned with the English ones). */
const aligned = (v?: string) => (v?.trim() ? v.split('|').map((x) => x.trim()) : []);
const opt = (v?: string) => (v?.trim() ? v.trim() : undefined);
const num = (v?: string) => (v?.trim() ? (Number.isFinite(Number(v)) ? Number(v) : v) : null);
const bool = (v?: string) => /^(true|yes|1|oui)$/i.test(v?.trim() ?? '');

/** The CSV as the JSON file shape, and where each element came from (path → CSV row number). */
export function csvToFrameworkObject(text: string): { object?: Obj; rowOf: Map<string, number>; errors: RowError[] } {
  const errors: RowError[] = [];
  const rowOf = new Map<string, number>();
  let parsed: string[][];
  try {
    parsed = readCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { rowOf, errors: [{ path: `row ${error.row}`, message: `The CSV cannot be read: ${error.message}` }] };
    throw error;
  }
  const [header, ...records] = parsed;
  if (!header) return { rowOf, errors: [{ path: 'row 1', message: 'The CSV is empty' }] };
  const names = header.map((h) => h.trim().toLowerCase());
  if (!names.includes('table')) return { rowOf, errors: [{ path: 'row 1', message: 'The header needs a "table" column' }] };
  const unknown = names.filter((n) => n && !(CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown.length) errors.push({ path: 'row 1', message: `Unknown column(s): ${unknown.join(', ')}` });
  let framework: Obj | undefined;
  const ulos: Obj[] = [];
  const schemes: (Obj & { units: Obj[]; qualifications: Obj[]; mapping: Obj[] })[] = [];
  const agreements: Obj[] = [];
  const tasks: Obj[] = [];
  const schemeOf = (code: string | undefined, row: number) => {
    const s = schemes.find((x) => x.id === code);
    if (!s) errors.push({ path: `row ${row}`, message: `Scheme "${code ?? ''}" has no scheme row above this one` });
    return s;
  };
  records.forEach((cells, i) => {
    const row = i + 2;
    const r: CsvRow = Object.fromEntries(names.map((n, j) => [n, cells[j] ?? '']));
    const title = { title: r.title_en ?? '', titleFr: opt(r.title_fr) };
    switch (r.table?.trim().toLowerCase()) {
      case 'framework':
        if (framework) return errors.push({ path: `row ${row}`, message: 'Only one framework row is allowed' });
        framework = { id: r.code, version: r.version, name: r.title_en, nameFr: opt(r.title_fr), status: opt(r.status) };
        return rowOf.set('framework', row);
      case 'ulo':
        rowOf.set(`ulos[${ulos.length}]`, row);
        return ulos.push({
          id: r.code, ...title, topic: opt(r.topic), eqfLevel: num(r.eqf_level), creditPoints: num(r.credits),
          escoSkills: list(r.esco).map((uri) => ({ uri })), knowledge: list(r.knowledge), skills: list(r.skills), responsibilityAutonomy: list(r.autonomy),
        });
      case 'scheme':
        rowOf.set(`schemes[${schemes.length}]`, row);
        return schemes.push({ id: r.code, country: r.country, awardingBody: r.awarding_body, name: r.title_en, nameLocal: opt(r.title_fr), units: [], qualifications: [], mapping: [] });
      case 'unit': {
        const s = schemeOf(r.scheme, row);
        if (!s) return;
        rowOf.set(`schemes[${schemes.indexOf(s)}].units[${s.units.length}]`, row);
        s.units.push({ id: r.code, title: r.title_en, titleLocal: opt(r.title_fr) });
        return;
      }
      case 'qualification': {
        const s = schemeOf(r.scheme, row);
        if (!s) return;
        rowOf.set(`schemes[${schemes.indexOf(s)}].qualifications[${s.qualifications.length}]`, row);
        if (!readRequirement(r.requirement)) errors.push({ path: `row ${row} (requirement)`, message: 'Write the requirement as "all: U1 | U2" or "2 of: U1 | U2 | U3"' });
        return s.qualifications.push({
          id: r.code, title: r.title_en, titleLocal: opt(r.title_fr), requires: readRequirement(r.requirement),
          practicalValidation: bool(r.practical_validation), validityMonths: num(r.validity_months),
        });
      }
      case 'mapping': {
        const s = schemeOf(r.scheme, row);
        if (!s) return;
        rowOf.set(`schemes[${schemes.indexOf(s)}].mapping[${s.mapping.length}]`, row);
        return s.mapping.push({ schemeUnit: r.unit, referenceUlo: r.ulo, coverage: r.coverage?.trim(), note: opt(r.note), noteFr: opt(r.note_fr), approved: bool(r.approved) });
      }
      case 'agreement':
        rowOf.set(`agreements[${agreements.length}]`, row);
        return agreements.push({ fromScheme: r.scheme, held: r.code, toScheme: r.to_scheme, recognised: r.recognised, note: opt(r.note), noteFr: opt(r.note_fr), approved: bool(r.approved) });
      case 'task':
        rowOf.set(`tasks[${tasks.length}]`, row);
        return tasks.push({ id: r.code, ...title, phase: opt(r.phase), professions: list(r.professions), professionsFr: aligned(r.professions_fr), ulos: list(r.ulos) });
      default:
        errors.push({ path: `row ${row}`, message: `Unknown table "${r.table ?? ''}": use framework, ulo, task, scheme, unit, qualification, mapping or agreement` });
    }
  });
  if (!framework) errors.push({ path: 'row 1', message: 'The CSV needs one row with table "framework"' });
  return { object: { framework, ulos, schemes, agreements, tasks }, rowOf, errors };
}

/** "all: U1 | U2" or "2 of: U1 | U2 | U3" → the file shape's `requires`. */
function readRequirement(v?: string): Obj | null {
  const m = /^\s*(all|(\d+)\s*of)\s*:(.*)$/i.exec(v ?? '');
  if (!m) return null;
  return m[2] ? { nOf: Number(m[2]), ulos: list(m[3]) } : { all: list(m[3]) };
}

/** Names the CSV row of each problem found in the file shape (the longest recorded path that starts it). */
export function locateErrors(errors: RowError[], rowOf: Map<string, number>): RowError[] {
  const paths = [...rowOf.keys()].sort((a, b) => b.length - a.length);
  return errors.map((e) => {
    const at = paths.find((p) => e.path === p || e.path.startsWith(`${p}.`) || e.path.startsWith(`${p}[`));
    if (!at) return e;
    const field = e.path.slice(at.length).replace(/^\./, '');
    return { path: `row ${rowOf.get(at)}${field ? ` (${field})` : ''}`, message: e.message };
  });
}

/** The file shape (as exportObject returns it) as one CSV. */
export function frameworkObjectToCsv(file: { framework: Obj; ulos: Obj[]; schemes: Obj[]; agreements?: Obj[]; tasks?: Obj[] }): string {
  const rows: CsvRow[] = [];
  const fw = file.framework;
  rows.push({ table: 'framework', code: s(fw.id), version: s(fw.version), title_en: s(fw.name), title_fr: s(fw.nameFr), status: s(fw.status) });
  for (const u of file.ulos)
    rows.push({
      table: 'ulo', code: s(u.id), title_en: s(u.title), title_fr: s(u.titleFr), topic: s(u.topic), eqf_level: s(u.eqfLevel), credits: s(u.creditPoints),
      esco: ((u.escoSkills as { uri: string }[]) ?? []).map((e) => e.uri).join(SEP),
      knowledge: joined(u.knowledge), skills: joined(u.skills), autonomy: joined(u.responsibilityAutonomy),
    });
  for (const t of file.tasks ?? [])
    rows.push({
      table: 'task', code: s(t.id), title_en: s(t.title), title_fr: s(t.titleFr), phase: s(t.phase),
      professions: joined(t.professions), professions_fr: joined(t.professionsFr), ulos: joined(t.ulos),
    });
  for (const sc of file.schemes) {
    const scheme = s(sc.id);
    rows.push({ table: 'scheme', code: scheme, country: s(sc.country), awarding_body: s(sc.awardingBody), title_en: s(sc.name), title_fr: s(sc.nameLocal) });
    for (const u of sc.units as Obj[]) rows.push({ table: 'unit', scheme, code: s(u.id), title_en: s(u.title), title_fr: s(u.titleLocal) });
    for (const q of sc.qualifications as Obj[]) {
      const r = q.requires as { all?: string[]; nOf?: number; ulos?: string[] };
      rows.push({
        table: 'qualification', scheme, code: s(q.id), title_en: s(q.title), title_fr: s(q.titleLocal),
        requirement: r.all ? `all: ${r.all.join(SEP)}` : `${r.nOf} of: ${(r.ulos ?? []).join(SEP)}`,
        practical_validation: String(q.practicalValidation === true), validity_months: s(q.validityMonths),
      });
    }
    for (const m of sc.mapping as Obj[])
      rows.push({ table: 'mapping', scheme, unit: s(m.schemeUnit), ulo: s(m.referenceUlo), coverage: s(m.coverage), note: s(m.note), note_fr: s(m.noteFr), approved: String(m.approved === true) });
  }
  for (const a of file.agreements ?? [])
    rows.push({ table: 'agreement', scheme: s(a.fromScheme), code: s(a.held), to_scheme: s(a.toScheme), recognised: s(a.recognised), note: s(a.note), note_fr: s(a.noteFr), approved: String(a.approved === true) });
  return writeCsv([[...CSV_COLUMNS], ...rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? ''))], '\r\n');
}

const s = (v: unknown) => (v == null ? '' : String(v));
const joined = (v: unknown) => (Array.isArray(v) ? v.join(SEP) : '');
