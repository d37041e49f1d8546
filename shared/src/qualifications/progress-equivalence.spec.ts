// qualificationStatus is written with loops for speed; this pins it to the plain, declarative statement of the rule
// (kept here as the reference) over thousands of random schemes, requirements and ULO statuses.
import { describe, expect, it } from 'vitest';
import {
  EXPIRING_WITHIN_DAYS,
  addDays,
  qualificationStatus,
  requiredUnits,
  unitUlos,
  unitsNeeded,
  type Qualification,
  type QualificationStatus,
  type Scheme,
  type UloState,
  type UloStatus,
} from './progress.js';

interface UnitProgress {
  unit: string;
  ulos: string[];
  held: string[];
  heldOrExpired: string[];
}

function referenceStatus(q: Qualification, scheme: Scheme, uloStatuses: UloStatus[], today: string): QualificationStatus {
  const statuses = new Map(uloStatuses.map((s) => [s.ulo, s]));
  const units: UnitProgress[] = requiredUnits(q.requirement).map((unit) => {
    const ulos = unitUlos(scheme, unit);
    return {
      unit,
      ulos,
      held: ulos.filter((u) => statuses.get(u)?.state === 'held'),
      heldOrExpired: ulos.filter((u) => statuses.get(u)?.state === 'held' || statuses.get(u)?.state === 'expired'),
    };
  });
  const met = (p: UnitProgress, key: 'held' | 'heldOrExpired') => p.ulos.length > 0 && p[key].length === p.ulos.length;
  const n = unitsNeeded(q.requirement);
  const ratio = (p: UnitProgress) => (p.ulos.length ? p.held.length / p.ulos.length : 0);
  const closest = [...units].sort((a, b) => ratio(b) - ratio(a)).slice(0, n);
  const needed = closest.flatMap((p) => p.ulos);
  const heldCount = closest.reduce((sum, p) => sum + p.held.length, 0);
  const unitsMet = units.filter((p) => met(p, 'held')).map((p) => p.unit);
  const missingUlos = [...new Set(closest.flatMap((p) => p.ulos.filter((u) => !p.held.includes(u))))];
  const percent = needed.length ? Math.floor((heldCount / needed.length) * 100) : 0;
  const awaitingUlos = missingUlos.filter((u) => statuses.get(u)?.state === 'awaiting_validation');
  const base = { qualification: q.code, missingUlos, unitsMet, awaitingUlos };
  if (unitsMet.length >= n && n > 0) {
    const used = units.filter((p) => met(p, 'held')).slice(0, n).flatMap((p) => p.ulos);
    const achieved = used.map((u) => statuses.get(u)!.achievedAt!).sort();
    const expiries = used.map((u) => statuses.get(u)!.expiresAt).filter((e): e is string => !!e).sort();
    const expiresAt = expiries[0] ?? null;
    const expiring = !!expiresAt && expiresAt <= addDays(today, EXPIRING_WITHIN_DAYS);
    return { ...base, state: expiring ? 'expiring' : 'held', percent: 100, achievedAt: achieved[achieved.length - 1] ?? null, expiresAt };
  }
  const wasMet = units.filter((p) => met(p, 'heldOrExpired'));
  if (wasMet.length >= n && n > 0) {
    const expiries = wasMet.flatMap((p) => p.ulos.map((u) => statuses.get(u)!.expiresAt)).filter((e): e is string => !!e && e <= today).sort();
    return { ...base, state: 'expired', percent, achievedAt: null, expiresAt: expiries[expiries.length - 1] ?? null };
  }
  return { ...base, state: heldCount > 0 || awaitingUlos.length > 0 ? 'in_progress' : 'missing', percent, achievedAt: null, expiresAt: null };
}

// A small deterministic generator, so a failure can be replayed.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('qualificationStatus', () => {
  it('agrees with the reference statement of the rule on 5 000 random cases', () => {
    const r = rng(42);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    const today = '2026-06-15';
    const days = ['2024-01-10', '2025-03-01', '2026-06-01', '2026-07-20', '2026-08-30', '2027-02-01', '2029-01-01'];
    for (let i = 0; i < 5000; i++) {
      const ulos = Array.from({ length: 2 + Math.floor(r() * 6) }, (_, k) => `U${k}`);
      const units = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, k) => `S${k}`);
      const scheme: Scheme = {
        code: 'X',
        country: 'FR',
        awardingBody: 'X',
        units: units.map((code) => ({ code, title: { en: code } })),
        qualifications: [],
        mappings: units.flatMap((unit) =>
          ulos.filter(() => r() < 0.4).map((ulo) => ({ schemeUnit: unit, ulo, coverage: pick(['full', 'partial'] as const), approved: r() < 0.9 })),
        ),
      };
      const nOf = r() < 0.5;
      const q: Qualification = {
        code: 'Q',
        title: { en: 'Q' },
        requirement: nOf ? { nOf: 1 + Math.floor(r() * units.length), of: units } : { all: units },
        practicalValidation: false,
      };
      const statuses: UloStatus[] = ulos.map((ulo) => {
        const state = pick<UloState>(['held', 'held', 'expired', 'missing']);
        const achievedAt = state === 'missing' ? null : pick(days.slice(0, 4));
        const expiresAt = state === 'missing' ? null : state === 'expired' ? pick(days.slice(0, 3)) : r() < 0.5 ? null : pick(days.slice(3));
        return { ulo, state, achievedAt, expiresAt, evidence: [] };
      });
      expect(qualificationStatus(q, scheme, statuses, today)).toEqual(referenceStatus(q, scheme, statuses, today));
    }
  });
});
