// Reads a framework file (the shape of shared/fixtures/frameworks) into rows once framework-file-schema.ts finds it
// sound; otherwise one message per problem, in the order of the file.
import type { Requirement, UloText } from '@fit/shared';
import { FrameworkFileSchema, readRequirement } from './framework-file-schema.js';

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

export interface FrameworkFileTask {
  code: string;
  title: UloText;
  phase: string;
  professions: UloText[];
  ulos: string[];
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
const objs = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter(str).map((t) => t.trim()) : []);
/** English text, and the French (or local) one when the file gives it. */
const bilingual = (en: unknown, fr: unknown): UloText => ({ en: String(en ?? ''), ...(str(fr) ? { fr } : {}) });

/** Parses and checks everything; returns the rows only when there is no error at all. */
export function readFrameworkFile(input: unknown): { file?: FrameworkFile; errors: RowError[] } {
  if (!isObj(input) || !isObj(input.framework)) return { errors: [{ path: 'framework', message: 'The file needs a "framework" object' }] };
  const parsed = FrameworkFileSchema.safeParse(input);
  if (!parsed.success) return { errors: inFileOrder(parsed.error.issues).map((issue) => ({ path: pathText(issue.path), message: withIds(issue.message, issue.path, input) })) };
  const fw = input.framework;
  const schemes = objs(input.schemes).map(toScheme);
  return {
    errors: [],
    file: {
      framework: { code: String(fw.id), version: String(fw.version), title: bilingual(fw.name, fw.nameFr), status: str(fw.status) ? fw.status : '' },
      ulos: objs(input.ulos).map(toUlo),
      schemes,
      agreements: objs(input.agreements).map((a) => ({
        fromScheme: String(a.fromScheme),
        held: String(a.held),
        toScheme: String(a.toScheme),
        recognised: String(a.recognised),
        note: str(a.note) ? a.note : '',
        noteFr: str(a.noteFr) ? a.noteFr : null,
        approved: a.approved === true,
      })),
      tasks: objs(input.tasks).map(toTask),
    },
  };
}

function toUlo(u: Obj): FrameworkFileUlo {
  return {
    code: String(u.id),
    title: bilingual(u.title, u.titleFr),
    topic: str(u.topic) ? u.topic : '',
    eqfLevel: Number(u.eqfLevel),
    credits: typeof u.creditPoints === 'number' ? u.creditPoints : null,
    esco: Array.isArray(u.escoSkills) ? u.escoSkills.map((s: unknown) => (isObj(s) ? s.uri : s)).filter(str) : [],
    knowledge: texts(u.knowledge),
    skills: texts(u.skills),
    // The fixtures call the third EQF descriptor responsibilityAutonomy.
    autonomy: texts(u.responsibilityAutonomy ?? u.autonomy),
  };
}

function toScheme(s: Obj): FrameworkFile['schemes'][number] {
  return {
    code: String(s.id),
    country: String(s.country ?? ''),
    awardingBody: String(s.awardingBody ?? ''),
    title: bilingual(s.name ?? s.id, s.nameLocal),
    units: objs(s.units).map((u) => ({ code: String(u.id), title: bilingual(u.title ?? u.id, u.titleLocal) })),
    qualifications: objs(s.qualifications).map((q) => ({
      code: String(q.id),
      title: bilingual(q.title ?? q.id, q.titleLocal),
      requirement: readRequirement(q.requires)!,
      practicalValidation: q.practicalValidation === true,
      validityMonths: typeof q.validityMonths === 'number' ? q.validityMonths : null,
    })),
    mappings: objs(s.mapping).map((m) => ({
      schemeUnit: String(m.schemeUnit),
      ulo: String(m.referenceUlo),
      coverage: m.coverage === 'full' ? 'full' : 'partial',
      note: str(m.note) ? m.note : '',
      noteFr: str(m.noteFr) ? m.noteFr : null,
      approved: m.approved === true,
    })),
  };
}

/** `tasks[]`: {id, title, titleFr?, phase?, professions: [names], professionsFr?: [names, same order], ulos: [ULO ids]}. */
function toTask(t: Obj): FrameworkFileTask {
  const professionsFr = Array.isArray(t.professionsFr) ? t.professionsFr : [];
  return {
    code: String(t.id),
    title: bilingual(t.title, t.titleFr),
    phase: str(t.phase) ? t.phase.trim() : '',
    professions: texts(t.professions).map((en, j) => ({ en, ...(str(professionsFr[j]) ? { fr: professionsFr[j].trim() } : {}) })),
    ulos: texts(t.ulos),
  };
}

// The order the file is read in: its parts, then each item (its own problems first), then its fields in this order.
const PARTS = ['framework', 'ulos', 'schemes', 'agreements', 'tasks'];
const FIELDS = ['id', 'version', 'name', 'title', 'eqfLevel', 'creditPoints', 'country', 'awardingBody', 'units', 'qualifications', 'requires', 'nOf', 'validityMonths', 'mapping', 'schemeUnit', 'referenceUlo', 'coverage', 'fromScheme', 'held', 'toScheme', 'recognised', 'professions', 'professionsFr', 'ulos'];
type Issue = { path: PropertyKey[]; message: string };

function inFileOrder<T extends Issue>(issues: readonly T[]): T[] {
  const rank = (key: PropertyKey, depth: number) => (typeof key === 'number' ? key : (depth ? FIELDS : PARTS).indexOf(String(key)) >>> 0);
  return [...issues].sort((a, b) => {
    for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) if (a.path[i] !== b.path[i]) return rank(a.path[i]!, i) - rank(b.path[i]!, i);
    return a.path.length - b.path.length;
  });
}

const pathText = (path: PropertyKey[]) => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k))).join('');

/** Fills `{id}` with the id of the item the problem is in (the innermost list item on its path). */
function withIds(message: string, path: PropertyKey[], input: unknown): string {
  if (!message.includes('{id}')) return message;
  let value: unknown = input;
  let id: unknown;
  for (const key of path) {
    value = isObj(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number' && isObj(value)) id = value.id;
  }
  return message.replaceAll('{id}', String(id));
}
