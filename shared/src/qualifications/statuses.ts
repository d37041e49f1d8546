// A worker's status on every qualification of a catalogue, cheap enough for a team matrix: the catalogue is compiled
// once (per request, not per worker), and each ULO under each rule is worked out once per worker. The passport, the
// awards, the matrix and the tender check all go through here.
import {
  qualificationStatus,
  requiredUnits,
  unitUlos,
  uloRule,
  uloStatus,
  type Qualification,
  type QualificationStatus,
  type Scheme,
  type UloEvidence,
  type UloRule,
  type UloStatus,
  type UloText,
} from './progress.js';

/** A scheme whose qualifications may carry more than the engine reads (the server's row ids, say). */
type SchemeOf<Q extends Qualification> = Omit<Scheme, 'qualifications'> & { qualifications: Q[] };

/** Each qualification of the catalogue with what its status needs, worked out once (not per worker). */
export interface CompiledQualification<Q extends Qualification = Qualification> {
  scheme: string;
  qualification: Q;
  /** The scheme cut down to the mappings of this qualification's units: the engine filters them per unit. */
  slim: Scheme;
  /** Slots (see CompiledSchemes.slots) of the ULOs it needs, each under its rule. */
  slots: number[];
}

export interface CompiledSchemes<Q extends Qualification = Qualification> {
  /** In the catalogue's order: scheme by scheme, each scheme's qualifications in turn. */
  qualifications: CompiledQualification<Q>[];
  /** Each distinct ULO × rule once: a worker's status for it is worked out once, whatever needs it. */
  slots: { ulo: string; rule: UloRule }[];
}

export function compileSchemes<Q extends Qualification>(schemes: SchemeOf<Q>[]): CompiledSchemes<Q> {
  const slots: CompiledSchemes['slots'] = [];
  const slotOf = new Map<string, number>();
  const qualifications = schemes.flatMap((scheme) =>
    scheme.qualifications.map((q) => {
      const units = new Set(requiredUnits(q.requirement));
      const slim = { ...scheme, mappings: scheme.mappings.filter((m) => m.approved && units.has(m.schemeUnit)) };
      const rule = uloRule(q);
      const ulos = [...new Set(requiredUnits(q.requirement).flatMap((u) => unitUlos(slim, u)))];
      const ids = ulos.map((ulo) => {
        const key = `${ulo}|${rule.validityMonths ?? ''}|${rule.practicalValidation ? 1 : 0}`;
        if (!slotOf.has(key)) slotOf.set(key, slots.push({ ulo, rule }) - 1);
        return slotOf.get(key)!;
      });
      return { scheme: scheme.code, qualification: q, slim, slots: ids };
    }),
  );
  return { qualifications, slots };
}

export interface QualificationStatusRow extends QualificationStatus {
  scheme: string;
  title: UloText;
  /** The ULO statuses backing the qualification (the award's evidence); empty when not asked for. */
  backing: UloStatus[];
}

const NO_EVIDENCE: UloEvidence[] = [];

/**
 * Every qualification of the catalogue for one worker's evidence, in the catalogue's order, with the ULO statuses that
 * back it (uloStatus and qualificationStatus; a ULO under the same rule is worked out once per worker).
 */
export function qualificationStatuses<Q extends Qualification>(
  schemes: SchemeOf<Q>[],
  evidence: UloEvidence[],
  today: string,
  compiled: CompiledSchemes<Q> = compileSchemes(schemes),
  /** The backing ULO statuses, kept with an award; a matrix does without. */
  withBacking = true,
): QualificationStatusRow[] {
  const byUlo = new Map<string, UloEvidence[]>();
  for (const e of evidence) {
    const list = byUlo.get(e.ulo);
    if (list) list.push(e);
    else byUlo.set(e.ulo, [e]);
  }
  const done: (UloStatus | undefined)[] = new Array(compiled.slots.length);
  const status = (slot: number) => {
    const { ulo, rule } = compiled.slots[slot]!;
    return (done[slot] ??= uloStatus(ulo, byUlo.get(ulo) ?? NO_EVIDENCE, today, rule));
  };
  return compiled.qualifications.map((c) => {
    const backing = c.slots.map(status);
    const result = qualificationStatus(c.qualification, c.slim, backing, today) as QualificationStatusRow;
    result.scheme = c.scheme;
    result.title = c.qualification.title;
    result.backing = withBacking ? backing.filter((b) => b.state !== 'missing') : [];
    return result;
  });
}
