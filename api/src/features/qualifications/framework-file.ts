// Reads a framework file (the shape of shared/fixtures/frameworks) into checked rows, with one message per bad row.
import type { Requirement, UloText } from '@fit/shared';
import { readTasks, type FrameworkFileTask } from './framework-file-tasks.js';

export interface FrameworkFile {
  framework: { code: string; version: string; title: UloText; status: string };
  ulos: FrameworkFileUlo[];
  schemes: {
    code: string;
    country: string;
    awardingBody: string;
    title: UloText;
    units: { code: string; title: UloText }[];
    qualifications: { code: string; title: UloText; requirement: Requirement; practicalValidation: boolean; validityMonths: number | null }[];
    mappings: { schemeUnit: string; ulo: string; coverage: 'full' | 'partial'; note: string; noteFr: string | null; approved: boolean }[];
  }[];
  agreements: FrameworkFileAgreement[];
  tasks: FrameworkFileTask[];
}

export interface FrameworkFileUlo {
  code: string;
  title: UloText;
  topic: string;
  eqfLevel: number;
  credits: number | null;
  esco: string[];
  knowledge: string[];
  skills: string[];
  autonomy: string[];
}

export interface FrameworkFileAgreement {
  fromScheme: string;
  held: string;
  toScheme: string;
  recognised: string;
  note: string;
  /** The note in French (`noteFr` in the file); null when there is none. */
  noteFr: string | null;
  approved: boolean;
}

export interface RowError {
  path: string;
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Parses and checks everything; returns the rows only when there is no error at all. */
export function readFrameworkFile(input: unknown): { file?: FrameworkFile; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (path: string, message: string) => errors.push({ path, message });
  if (!isObj(input) || !isObj(input.framework)) return { errors: [{ path: 'framework', message: 'The file needs a "framework" object' }] };
  const fw = input.framework;
  if (!str(fw.id)) err('framework.id', 'A framework id is required');
  if (!str(fw.version)) err('framework.version', 'A framework version is required');
  if (!str(fw.name)) err('framework.name', 'A framework name is required');

  const ulos: FrameworkFile['ulos'] = [];
  const uloCodes = new Set<string>();
  if (!Array.isArray(input.ulos) || input.ulos.length === 0) err('ulos', 'The framework needs at least one ULO');
  (Array.isArray(input.ulos) ? input.ulos : []).forEach((u: unknown, i) => {
    const path = `ulos[${i}]`;
    if (!isObj(u) || !str(u.id)) return err(path, 'A ULO needs an id');
    if (uloCodes.has(u.id)) return err(`${path}.id`, `ULO ${u.id} is listed twice`);
    uloCodes.add(u.id);
    if (!str(u.title)) err(`${path}.title`, `ULO ${u.id} needs a title`);
    if (!Number.isInteger(u.eqfLevel) || (u.eqfLevel as number) < 1 || (u.eqfLevel as number) > 8) err(`${path}.eqfLevel`, `ULO ${u.id}: the EQF level must be 1 to 8`);
    if (u.creditPoints != null && (typeof u.creditPoints !== 'number' || u.creditPoints < 0)) err(`${path}.creditPoints`, `ULO ${u.id}: credit points must be a positive number`);
    const esco = Array.isArray(u.escoSkills) ? u.escoSkills.map((s: unknown) => (isObj(s) ? s.uri : s)).filter(str) : [];
    ulos.push({
      code: u.id,
      title: { en: String(u.title ?? ''), ...(str(u.titleFr) ? { fr: u.titleFr } : {}) },
      topic: str(u.topic) ? u.topic : '',
      eqfLevel: Number(u.eqfLevel),
      credits: typeof u.creditPoints === 'number' ? u.creditPoints : null,
      esco,
      knowledge: texts(u.knowledge),
      skills: texts(u.skills),
      // The fixtures call the third EQF descriptor responsibilityAutonomy.
      autonomy: texts(u.responsibilityAutonomy ?? u.autonomy),
    });
  });

  const schemes: FrameworkFile['schemes'] = [];
  const schemeCodes = new Set<string>();
  (Array.isArray(input.schemes) ? input.schemes : []).forEach((s: unknown, i) => {
    const path = `schemes[${i}]`;
    if (!isObj(s) || !str(s.id)) return err(path, 'A scheme needs an id');
    if (schemeCodes.has(s.id)) return err(`${path}.id`, `Scheme ${s.id} is listed twice`);
    schemeCodes.add(s.id);
    if (!str(s.country) || !/^[A-Z]{2}$/.test(s.country)) err(`${path}.country`, `Scheme ${s.id}: the country must be a two-letter code like FR`);
    if (!str(s.awardingBody)) err(`${path}.awardingBody`, `Scheme ${s.id} needs an awarding body`);
    const units: FrameworkFile['schemes'][number]['units'] = [];
    const unitCodes = new Set<string>();
    (Array.isArray(s.units) ? s.units : []).forEach((u: unknown, j) => {
      if (!isObj(u) || !str(u.id)) return err(`${path}.units[${j}]`, 'A unit needs an id');
      if (unitCodes.has(u.id)) return err(`${path}.units[${j}].id`, `Unit ${u.id} is listed twice`);
      unitCodes.add(u.id);
      units.push({ code: u.id, title: { en: String(u.title ?? u.id), ...(str(u.titleLocal) ? { fr: u.titleLocal } : {}) } });
    });
    const qualifications: FrameworkFile['schemes'][number]['qualifications'] = [];
    (Array.isArray(s.qualifications) ? s.qualifications : []).forEach((q: unknown, j) => {
      const qp = `${path}.qualifications[${j}]`;
      if (!isObj(q) || !str(q.id)) return err(qp, 'A qualification needs an id');
      const requirement = readRequirement(q.requires);
      if (!requirement) return err(`${qp}.requires`, `Qualification ${q.id}: requires must be {all: [units]} or {nOf: n, ulos: [units]}`);
      const units = 'all' in requirement ? requirement.all : requirement.of;
      for (const u of units) if (!unitCodes.has(u)) err(`${qp}.requires`, `Qualification ${q.id} requires unit ${u}, which scheme ${s.id} does not define`);
      if ('nOf' in requirement && (requirement.nOf < 1 || requirement.nOf > requirement.of.length))
        err(`${qp}.requires.nOf`, `Qualification ${q.id}: n must be between 1 and the number of units (${requirement.of.length})`);
      if (q.validityMonths != null && (!Number.isInteger(q.validityMonths) || (q.validityMonths as number) < 1))
        err(`${qp}.validityMonths`, `Qualification ${q.id}: validity must be a whole number of months, or null`);
      qualifications.push({
        code: q.id,
        title: { en: String(q.title ?? q.id), ...(str(q.titleLocal) ? { fr: q.titleLocal } : {}) },
        requirement,
        practicalValidation: q.practicalValidation === true,
        validityMonths: typeof q.validityMonths === 'number' ? q.validityMonths : null,
      });
    });
    const mappings: FrameworkFile['schemes'][number]['mappings'] = [];
    const seen = new Set<string>();
    (Array.isArray(s.mapping) ? s.mapping : []).forEach((m: unknown, j) => {
      const mp = `${path}.mapping[${j}]`;
      if (!isObj(m)) return err(mp, 'A mapping must be an object');
      if (!str(m.schemeUnit) || !unitCodes.has(m.schemeUnit)) err(`${mp}.schemeUnit`, `Unit "${String(m.schemeUnit)}" is not a unit of scheme ${s.id}`);
      if (!str(m.referenceUlo) || !uloCodes.has(m.referenceUlo)) err(`${mp}.referenceUlo`, `"${String(m.referenceUlo)}" is not a ULO of this framework`);
      if (m.coverage !== 'full' && m.coverage !== 'partial') err(`${mp}.coverage`, 'Coverage must be "full" or "partial"');
      const key = `${String(m.schemeUnit)}|${String(m.referenceUlo)}`;
      if (seen.has(key)) err(mp, `${String(m.schemeUnit)} → ${String(m.referenceUlo)} is mapped twice`);
      seen.add(key);
      mappings.push({
        schemeUnit: String(m.schemeUnit),
        ulo: String(m.referenceUlo),
        coverage: m.coverage === 'full' ? 'full' : 'partial',
        note: str(m.note) ? m.note : '',
        noteFr: str(m.noteFr) && m.noteFr.trim() ? m.noteFr : null,
        approved: m.approved === true,
      });
    });
    schemes.push({
      code: s.id,
      country: String(s.country ?? ''),
      awardingBody: String(s.awardingBody ?? ''),
      title: { en: String(s.name ?? s.id), ...(str(s.nameLocal) ? { fr: s.nameLocal } : {}) },
      units,
      qualifications,
      mappings,
    });
  });
  const agreements = readAgreements(input.agreements, schemes, err);
  const tasks = readTasks(input.tasks, uloCodes, err);
  if (errors.length) return { errors };
  return {
    errors,
    file: {
      framework: {
        code: String(fw.id),
        version: String(fw.version),
        title: { en: String(fw.name), ...(str(fw.nameFr) ? { fr: fw.nameFr } : {}) },
        status: str(fw.status) ? fw.status : '',
      },
      ulos,
      schemes,
      agreements,
      tasks,
    },
  };
}

const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter(str).map((t) => t.trim()) : []);

/** `agreements[]`: {fromScheme, held, toScheme, recognised, note?, noteFr?, approved?}, each naming qualifications of the file's schemes. */
function readAgreements(input: unknown, schemes: FrameworkFile['schemes'], err: (path: string, message: string) => void): FrameworkFileAgreement[] {
  if (input == null) return [];
  if (!Array.isArray(input)) {
    err('agreements', 'agreements must be a list');
    return [];
  }
  const quals = new Map(schemes.map((s) => [s.code, new Set(s.qualifications.map((q) => q.code))]));
  const seen = new Set<string>();
  const out: FrameworkFileAgreement[] = [];
  input.forEach((a: unknown, i) => {
    const path = `agreements[${i}]`;
    if (!isObj(a)) return err(path, 'An agreement must be an object');
    for (const [scheme, qual] of [['fromScheme', 'held'], ['toScheme', 'recognised']] as const) {
      if (!str(a[scheme]) || !quals.has(a[scheme])) err(`${path}.${scheme}`, `"${String(a[scheme])}" is not a scheme of this file`);
      else if (!str(a[qual]) || !quals.get(a[scheme])!.has(a[qual])) err(`${path}.${qual}`, `"${String(a[qual])}" is not a qualification of scheme ${a[scheme]}`);
    }
    if (a.fromScheme === a.toScheme) err(path, 'An agreement links two different schemes');
    const key = [a.fromScheme, a.held, a.toScheme, a.recognised].map(String).join('|');
    if (seen.has(key)) err(path, `${String(a.held)} → ${String(a.recognised)} is agreed twice`);
    seen.add(key);
    out.push({
      fromScheme: String(a.fromScheme),
      held: String(a.held),
      toScheme: String(a.toScheme),
      recognised: String(a.recognised),
      note: str(a.note) ? a.note : '',
      noteFr: str(a.noteFr) && a.noteFr.trim() ? a.noteFr : null,
      approved: a.approved === true,
    });
  });
  return out;
}

function readRequirement(r: unknown): Requirement | null {
  if (!isObj(r)) return null;
  const list = (v: unknown) => (Array.isArray(v) && v.length > 0 && v.every(str) ? (v as string[]) : null);
  if ('all' in r) {
    const all = list(r.all);
    return all && { all };
  }
  // The file format calls the unit list `ulos` inside nOf (see the fixtures README); `of` is accepted too.
  const of = list(r.ulos ?? r.of);
  return of && Number.isInteger(r.nOf) ? { nOf: r.nOf as number, of } : null;
}
