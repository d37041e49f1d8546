// The qualification progress engine: ULO status, qualification status and cross-scheme recognition, on server and tablet.
export interface UloText {
  en: string;
  fr?: string | null;
}

export interface Ulo {
  code: string;
  title: UloText;
  eqfLevel: number;
  credits?: number | null;
  esco?: string[];
  green?: boolean;
}

export interface ReferenceFramework {
  code: string;
  version: string;
  title: UloText;
  ulos: Ulo[];
}

export type Requirement = { all: string[] } | { nOf: number; of: string[] };

export interface Qualification {
  code: string;
  title: UloText;
  requirement: Requirement;
  practicalValidation: boolean;
  validityMonths?: number | null;
}

export interface SchemeUnit {
  code: string;
  title: UloText;
}

export type Coverage = 'full' | 'partial';

export interface Mapping {
  schemeUnit: string;
  ulo: string;
  coverage: Coverage;
  note?: string | null;
  /** The note in French, when the scheme's operator gave one. */
  noteFr?: string | null;
  approved: boolean;
}

export interface Scheme {
  code: string;
  country: string;
  awardingBody: string;
  title?: UloText;
  qualifications: Qualification[];
  units: SchemeUnit[];
  mappings: Mapping[];
}

/** Two schemes' operators agree that holding `held` in one counts as `recognised` in the other, whatever the ULOs say. */
export interface BilateralAgreement {
  fromScheme: string;
  toScheme: string;
  held: string;
  recognised: string;
}

/** One piece of evidence for a ULO: a module covering it, with what the worker did on it. */
export interface UloEvidence {
  ulo: string;
  moduleId: string;
  completedAt?: string | Date | null;
  passedAt?: string | Date | null;
  validatedAt?: string | Date | null;
  /**
   * The module version has a practical step that must be validated on site before the module counts toward its ULOs
   * (its `practicalRequiredForAward`, on by default). Without a validation the evidence waits.
   */
  validationRequired?: boolean;
  /**
   * Spaced recall kept the ULO fresh (only where the module's organisation turned "recall keeps a ULO fresh" on):
   * the ULO stays valid at least until this day. Achieves nothing by itself; see recall/freshness.ts.
   */
  freshUntil?: string | null;
}

/** `awaiting_validation`: the work is done, but a practical step still waits for a trainer's validation on site. */
export type UloState = 'held' | 'expired' | 'awaiting_validation' | 'missing';

export interface UloStatus {
  ulo: string;
  state: UloState;
  achievedAt: string | null;
  expiresAt: string | null;
  evidence: UloEvidence[];
  /** Set when spaced recall moved the expiry later than the achievement alone gives. */
  keptFreshUntil?: string | null;
}

export interface UloRule {
  /** Months the ULO stays valid after it was achieved; null/undefined: no expiry. */
  validityMonths?: number | null;
  /** Whether a trainer's on-site validation is needed on top of the module. */
  practicalValidation?: boolean;
}

export const EXPIRING_WITHIN_DAYS = 60;

const day = (d: string | Date): string => (typeof d === 'string' ? d : d.toISOString()).slice(0, 10);

export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** When one piece of evidence achieved the ULO (null if it did not). */
function achievedBy(e: UloEvidence, rule: UloRule): string | null {
  const done = e.passedAt ?? e.completedAt;
  if (!done) return null;
  if (!rule.practicalValidation && !e.validationRequired) return day(done);
  if (!e.validatedAt) return null;
  const [a, b] = [day(done), day(e.validatedAt)];
  return a > b ? a : b;
}

/** A ULO's status from its evidence: the latest achievement counts (doing it again renews it). Expiry is the day it stops counting. */
export function uloStatus(ulo: string, evidence: UloEvidence[], today: string, rule: UloRule = {}): UloStatus {
  const mine = evidence.filter((e) => e.ulo === ulo);
  let achievedAt: string | null = null;
  for (const e of mine) {
    const at = achievedBy(e, rule);
    if (at && (!achievedAt || at > achievedAt)) achievedAt = at;
  }
  const earned = achievedAt && rule.validityMonths ? addMonths(achievedAt, rule.validityMonths) : null;
  // Recall extends a ULO that expires, never one that does not, and never gives one not achieved.
  const fresh = earned ? mine.reduce<string | null>((latest, e) => (e.freshUntil && (!latest || e.freshUntil > latest) ? e.freshUntil : latest), null) : null;
  const expiresAt = fresh && earned && fresh > earned ? fresh : earned;
  const waiting = !achievedAt && mine.some((e) => (e.passedAt ?? e.completedAt) && !e.validatedAt && (e.validationRequired || rule.practicalValidation));
  const state: UloState = !achievedAt ? (waiting ? 'awaiting_validation' : 'missing') : expiresAt && expiresAt <= today ? 'expired' : 'held';
  return { ulo, state, achievedAt, expiresAt, evidence: mine, ...(expiresAt !== earned ? { keptFreshUntil: expiresAt } : {}) };
}

/** Reference ULOs a scheme unit maps onto (approved mappings only; a draft mapping counts for nothing). */
export function unitUlos(scheme: Scheme, unit: string, coverage?: Coverage): string[] {
  return scheme.mappings.filter((m) => m.approved && m.schemeUnit === unit && (!coverage || m.coverage === coverage)).map((m) => m.ulo);
}

export function requiredUnits(r: Requirement): string[] {
  return 'all' in r ? r.all : r.of;
}

export function unitsNeeded(r: Requirement): number {
  return 'all' in r ? r.all.length : r.nOf;
}

export type QualificationState = 'held' | 'expiring' | 'expired' | 'in_progress' | 'missing';

export interface QualificationStatus {
  qualification: string;
  state: QualificationState;
  /** 0–100: share of the needed ULOs held (for n-of-m, over the n closest units). */
  percent: number;
  achievedAt: string | null;
  expiresAt: string | null;
  /** ULOs still to achieve (or renew), the closest units first. */
  missingUlos: string[];
  /** Units met with live ULOs. */
  unitsMet: string[];
  /** Missing ULOs whose work is done and waits only for a trainer's validation on site. */
  awaitingUlos: string[];
}

interface UnitProgress {
  unit: string;
  ulos: string[];
  held: string[];
  heldOrExpired: string[];
}

function unitProgress(scheme: Scheme, unit: string, statuses: Map<string, UloStatus>): UnitProgress {
  // One pass over the unit's ULOs (this runs for every worker × qualification of a team matrix).
  const ulos = unitUlos(scheme, unit);
  const held: string[] = [];
  const heldOrExpired: string[] = [];
  for (const u of ulos) {
    const state = statuses.get(u)?.state;
    if (state === 'held') held.push(u);
    if (state === 'held' || state === 'expired') heldOrExpired.push(u);
  }
  return { unit, ulos, held, heldOrExpired };
}

const met = (p: UnitProgress, key: 'held' | 'heldOrExpired') => p.ulos.length > 0 && p[key].length === p.ulos.length;

/**
 * Where a worker stands on a qualification: statuses are computed with the qualification's own rule (see uloRule).
 * A unit is met when every reference ULO it maps onto is held.
 */
export function qualificationStatus(q: Qualification, scheme: Scheme, uloStatuses: UloStatus[], today: string): QualificationStatus {
  // Written with plain loops: a team matrix calls this for every worker × qualification.
  const statuses = new Map<string, UloStatus>();
  for (const s of uloStatuses) statuses.set(s.ulo, s);
  const required = requiredUnits(q.requirement);
  const units: UnitProgress[] = new Array(required.length);
  for (let i = 0; i < required.length; i++) units[i] = unitProgress(scheme, required[i]!, statuses);
  const n = unitsNeeded(q.requirement);
  const ratio = (p: UnitProgress) => (p.ulos.length ? p.held.length / p.ulos.length : 0);
  // The n units closest to done (stable: listed order breaks ties).
  const closest = units.length > 1 ? [...units].sort((a, b) => ratio(b) - ratio(a)).slice(0, n) : units.slice(0, n);
  let neededCount = 0;
  let heldCount = 0;
  const missing = new Set<string>();
  for (const p of closest) {
    neededCount += p.ulos.length;
    heldCount += p.held.length;
    for (const u of p.ulos) if (!p.held.includes(u)) missing.add(u);
  }
  const metUnits = units.filter((p) => met(p, 'held'));
  const unitsMet = metUnits.map((p) => p.unit);
  const missingUlos = [...missing];
  const awaitingUlos = missingUlos.filter((u) => statuses.get(u)?.state === 'awaiting_validation');
  const percent = neededCount ? Math.floor((heldCount / neededCount) * 100) : 0;
  const base = { qualification: q.code, missingUlos, unitsMet, awaitingUlos };

  if (metUnits.length >= n && n > 0) {
    let achievedAt: string | null = null;
    let expiresAt: string | null = null;
    for (let i = 0; i < n; i++)
      for (const u of metUnits[i]!.ulos) {
        const s = statuses.get(u)!;
        if (achievedAt === null || s.achievedAt! > achievedAt) achievedAt = s.achievedAt;
        if (s.expiresAt && (expiresAt === null || s.expiresAt < expiresAt)) expiresAt = s.expiresAt;
      }
    const expiring = !!expiresAt && expiresAt <= expiringBefore(today);
    return { ...base, state: expiring ? 'expiring' : 'held', percent: 100, achievedAt, expiresAt };
  }
  const wasMet = units.filter((p) => met(p, 'heldOrExpired'));
  if (wasMet.length >= n && n > 0) {
    let expiresAt: string | null = null;
    for (const p of wasMet)
      for (const u of p.ulos) {
        const e = statuses.get(u)!.expiresAt;
        if (e && e <= today && (expiresAt === null || e > expiresAt)) expiresAt = e;
      }
    return { ...base, state: 'expired', percent, achievedAt: null, expiresAt };
  }
  // Work done and waiting for validation on site is under way too, though it counts for no percent yet.
  return { ...base, state: heldCount > 0 || awaitingUlos.length > 0 ? 'in_progress' : 'missing', percent, achievedAt: null, expiresAt: null };
}

// The last day counted as expiring, for the last `today` asked (a matrix asks it thousands of times per request).
let lastToday = '';
let lastExpiringBefore = '';
function expiringBefore(today: string): string {
  if (today !== lastToday) [lastToday, lastExpiringBefore] = [today, addDays(today, EXPIRING_WITHIN_DAYS)];
  return lastExpiringBefore;
}

/** The rule a qualification puts on its ULOs. */
export function uloRule(q: Qualification): UloRule {
  return { validityMonths: q.validityMonths ?? null, practicalValidation: q.practicalValidation };
}

/** Every qualification of a scheme for one worker's evidence. */
export function schemeStatuses(scheme: Scheme, evidence: UloEvidence[], today: string): QualificationStatus[] {
  return scheme.qualifications.map((q) => {
    const ulos = [...new Set(requiredUnits(q.requirement).flatMap((u) => unitUlos(scheme, u)))];
    return qualificationStatus(q, scheme, ulos.map((u) => uloStatus(u, evidence, today, uloRule(q))), today);
  });
}

export interface Recognition {
  scheme: string;
  qualification: string;
  coverage: 'full' | 'partial' | 'none';
  percent: number;
  missingUlos: string[];
  /** Modules that together cover the missing ULOs (greedy: the module closing most gaps first). */
  closingModules: string[];
  /** True when a bilateral agreement, not the ULOs, grants the recognition. */
  byAgreement: boolean;
}

/**
 * What holding `held` (in scheme `from`) is worth in scheme `to`, through the reference ULOs: a holder is credited with
 * the ULOs its units map onto fully; a target needs every ULO its units map onto. For n-of-m, `unitsHeld` says which
 * units the holder has (else the first n are assumed); for a target, the n units it is closest to count.
 */
export function recognition(
  held: { scheme: Scheme; qualification: Qualification; unitsHeld?: string[] },
  to: Scheme,
  options: { moduleUlos?: Record<string, string[]>; agreements?: BilateralAgreement[] } = {},
): Recognition[] {
  const r = held.qualification.requirement;
  const units = held.unitsHeld ?? ('all' in r ? r.all : r.of.slice(0, r.nOf));
  const credited = new Set(units.flatMap((u) => unitUlos(held.scheme, u, 'full')));
  return to.qualifications.map((target) => {
    const agreed = (options.agreements ?? []).some(
      (a) => a.fromScheme === held.scheme.code && a.toScheme === to.code && a.held === held.qualification.code && a.recognised === target.code,
    );
    const base = { scheme: to.code, qualification: target.code };
    if (agreed) return { ...base, coverage: 'full' as const, percent: 100, missingUlos: [], closingModules: [], byAgreement: true };
    const perUnit = requiredUnits(target.requirement).map((u) => unitUlos(to, u));
    const score = (ulos: string[]) => (ulos.length ? ulos.filter((u) => credited.has(u)).length / ulos.length : 0);
    const chosen = [...perUnit].sort((a, b) => score(b) - score(a)).slice(0, unitsNeeded(target.requirement));
    const needed = [...new Set(chosen.flat())];
    const missingUlos = needed.filter((u) => !credited.has(u));
    const percent = needed.length ? Math.floor(((needed.length - missingUlos.length) / needed.length) * 100) : 0;
    // A unit with no approved mapping yet cannot be shown covered, whatever the rest says.
    const unmapped = chosen.some((ulos) => ulos.length === 0);
    const coverage = needed.length && !missingUlos.length && !unmapped ? 'full' : percent > 0 ? 'partial' : 'none';
    return { ...base, coverage, percent, missingUlos, closingModules: closingModules(missingUlos, options.moduleUlos ?? {}), byAgreement: false };
  });
}

/** A small set of modules covering as many of the ULOs as any module covers. */
export function closingModules(ulos: string[], moduleUlos: Record<string, string[]>): string[] {
  const open = new Set(ulos);
  const picked: string[] = [];
  for (;;) {
    let best: string | null = null;
    let bestGain = 0;
    for (const [module, covers] of Object.entries(moduleUlos).sort(([a], [b]) => a.localeCompare(b))) {
      const gain = covers.filter((u) => open.has(u)).length;
      if (gain > bestGain) [best, bestGain] = [module, gain];
    }
    if (!best) return picked;
    picked.push(best);
    for (const u of moduleUlos[best]!) open.delete(u);
  }
}
