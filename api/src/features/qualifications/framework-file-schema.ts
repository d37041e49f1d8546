// The framework file (the shape of shared/fixtures/frameworks) as a zod schema: each field says what is wrong in the
// words an admin reads ("ULO {id}: the EQF level must be 1 to 8", {id} being the id of the item the problem is in);
// the references between parts (units of a scheme, ULOs of the file) are checked on whatever parts could be read.
// (`z.unknown().refine`, not `z.custom`: a failed `z.custom` stops the checks of the objects around it.)
import type { Requirement } from '@fit/shared';
import { z } from 'zod';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const text = (message: string) => z.string({ error: message }).refine((v) => v.trim().length > 0, message);
/** A list given or left out, but not something else; where `twice` is given, its items' ids must be distinct. */
const list = <T extends z.ZodType>(item: T, what: string, twice?: string) =>
  (twice ? z.array(item, { error: `${what} must be a list` }).check(distinctIds(twice)) : z.array(item, { error: `${what} must be a list` })).nullish();

function distinctIds(message: string) {
  return z.superRefine(
    (items: unknown[], ctx) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (!isObj(item) || !str(item.id)) return;
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message, input: item.id });
        seen.add(item.id);
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );
}

const EQF = 'ULO {id}: the EQF level must be 1 to 8';
const CREDITS = 'ULO {id}: credit points must be a positive number';
const ulo = z.looseObject(
  { id: text('A ULO needs an id'), title: text('ULO {id} needs a title'), eqfLevel: z.int({ error: EQF }).min(1, EQF).max(8, EQF), creditPoints: z.number({ error: CREDITS }).min(0, CREDITS).nullish() },
  { error: 'A ULO needs an id' },
);

const VALIDITY = 'Qualification {id}: validity must be a whole number of months, or null';
const qualification = z.looseObject(
  {
    id: text('A qualification needs an id'),
    requires: z.unknown().refine((v) => readRequirement(v) !== null, { error: 'Qualification {id}: requires must be {all: [units]} or {nOf: n, ulos: [units]}' }),
    validityMonths: z.int({ error: VALIDITY }).min(1, VALIDITY).nullish(),
  },
  { error: 'A qualification needs an id' },
);

const COUNTRY = 'Scheme {id}: the country must be a two-letter code like FR';
const scheme = z.looseObject(
  {
    id: text('A scheme needs an id'),
    country: z.string({ error: COUNTRY }).regex(/^[A-Z]{2}$/, COUNTRY),
    awardingBody: text('Scheme {id} needs an awarding body'),
    units: list(z.looseObject({ id: text('A unit needs an id') }, { error: 'A unit needs an id' }), 'units', 'Unit {id} is listed twice'),
    qualifications: list(qualification, 'qualifications'),
    mapping: z.array(z.looseObject({ coverage: z.enum(['full', 'partial'], { error: 'Coverage must be "full" or "partial"' }) }, { error: 'A mapping must be an object' }), { error: 'mapping must be a list' }).nullish(),
  },
  { error: 'A scheme needs an id' },
);

const PROFESSIONS = 'Task {id} needs at least one profession, each a name';
const task = z
  .looseObject(
    {
      id: text('A task needs an id'),
      title: text('Task {id} needs a title'),
      professions: z.unknown().refine((v) => Array.isArray(v) && v.length > 0 && v.every(str), { error: PROFESSIONS }),
      ulos: z.unknown().refine((v) => Array.isArray(v) && v.length > 0, { error: 'Task {id} needs at least one ULO' }),
    },
    { error: 'A task needs an id' },
  )
  .refine((t) => !Array.isArray(t.professionsFr) || !t.professionsFr.length || t.professionsFr.length === (t.professions as unknown[]).length, {
    path: ['professionsFr'],
    error: (iss) => `Task {id}: give one French name per profession (${((iss.input as Obj).professions as unknown[]).length}), in the same order`,
  });

/** The whole file: its parts, then the references between them (on whatever parts could be read). */
export const FrameworkFileSchema = z
  .looseObject({
    framework: z.looseObject(
      { id: text('A framework id is required'), version: text('A framework version is required'), name: text('A framework name is required') },
      { error: 'The file needs a "framework" object' },
    ),
    ulos: z.array(ulo, { error: 'The framework needs at least one ULO' }).min(1, 'The framework needs at least one ULO').check(distinctIds('ULO {id} is listed twice')),
    schemes: list(scheme, 'schemes', 'Scheme {id} is listed twice'),
    agreements: z.array(z.looseObject({}, { error: 'An agreement must be an object' }), { error: 'agreements must be a list' }).nullish(),
    tasks: list(task, 'tasks', 'Task {id} is listed twice'),
  })
  .check(z.superRefine(checkReferences, { when: (payload) => isObj(payload.value) }));

export type FrameworkFileInput = z.infer<typeof FrameworkFileSchema>;

const items = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const indexed = (v: unknown): [Obj, number][] => (Array.isArray(v) ? v.map((item, i) => [item, i] as [unknown, number]).filter((e): e is [Obj, number] => isObj(e[0])) : []);

// Units named by qualifications and mappings, ULOs named by mappings and tasks, qualifications named by agreements.
function checkReferences(file: Obj, ctx: z.RefinementCtx): void {
  const fail = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: undefined });
  const uloCodes = new Set(items(file.ulos).map((u) => u.id).filter(str));
  const quals = new Map<string, Set<string>>();
  for (const [s, i] of indexed(file.schemes)) {
    const units = new Set(items(s.units).map((u) => u.id).filter(str));
    if (str(s.id)) quals.set(s.id, new Set(items(s.qualifications).map((q) => q.id).filter(str)));
    for (const [q, j] of indexed(s.qualifications)) {
      const requirement = readRequirement(q.requires);
      if (!requirement || !str(q.id)) continue;
      const named = 'all' in requirement ? requirement.all : requirement.of;
      for (const u of named) if (!units.has(u)) fail(['schemes', i, 'qualifications', j, 'requires'], `Qualification ${q.id} requires unit ${u}, which scheme ${String(s.id)} does not define`);
      if ('nOf' in requirement && (requirement.nOf < 1 || requirement.nOf > named.length))
        fail(['schemes', i, 'qualifications', j, 'requires', 'nOf'], `Qualification ${q.id}: n must be between 1 and the number of units (${named.length})`);
    }
    const seen = new Set<string>();
    for (const [m, j] of indexed(s.mapping)) {
      const at = ['schemes', i, 'mapping', j];
      if (!str(m.schemeUnit) || !units.has(m.schemeUnit)) fail([...at, 'schemeUnit'], `Unit "${String(m.schemeUnit)}" is not a unit of scheme ${String(s.id)}`);
      if (!str(m.referenceUlo) || !uloCodes.has(m.referenceUlo)) fail([...at, 'referenceUlo'], `"${String(m.referenceUlo)}" is not a ULO of this framework`);
      const key = `${String(m.schemeUnit)}|${String(m.referenceUlo)}`;
      if (seen.has(key)) fail(at, `${String(m.schemeUnit)} → ${String(m.referenceUlo)} is mapped twice`);
      seen.add(key);
    }
  }
  const agreed = new Set<string>();
  for (const [a, i] of indexed(file.agreements)) {
    for (const [schemeKey, qualKey] of [['fromScheme', 'held'], ['toScheme', 'recognised']] as const) {
      const schemeCode = a[schemeKey];
      if (!str(schemeCode) || !quals.has(schemeCode)) fail(['agreements', i, schemeKey], `"${String(schemeCode)}" is not a scheme of this file`);
      else if (!str(a[qualKey]) || !quals.get(schemeCode)!.has(a[qualKey])) fail(['agreements', i, qualKey], `"${String(a[qualKey])}" is not a qualification of scheme ${schemeCode}`);
    }
    if (a.fromScheme === a.toScheme) fail(['agreements', i], 'An agreement links two different schemes');
    const key = [a.fromScheme, a.held, a.toScheme, a.recognised].map(String).join('|');
    if (agreed.has(key)) fail(['agreements', i], `${String(a.held)} → ${String(a.recognised)} is agreed twice`);
    agreed.add(key);
  }
  for (const [t, i] of indexed(file.tasks)) {
    if (!str(t.id) || !Array.isArray(t.ulos)) continue;
    for (const u of t.ulos) if (!str(u) || !uloCodes.has(u)) fail(['tasks', i, 'ulos'], `Task ${t.id}: "${String(u)}" is not a ULO of this framework`);
  }
}

export function readRequirement(r: unknown): Requirement | null {
  if (!isObj(r)) return null;
  const names = (v: unknown) => (Array.isArray(v) && v.length > 0 && v.every(str) ? (v as string[]) : null);
  if ('all' in r) {
    const all = names(r.all);
    return all && { all };
  }
  // The file format calls the unit list `ulos` inside nOf (see the fixtures README); `of` is accepted too.
  const of = names(r.ulos ?? r.of);
  return of && Number.isInteger(r.nOf) ? { nOf: r.nOf as number, of } : null;
}
