// Who may state what about whom: the one rule every write to the ledger goes through (GraphQL sign-off, /xapi/statements,
// tablet sync, demo seed). Pure: the ingest gathers the facts (one membership query per batch, one more only when the
// batch reviews or voids), this decides. A record is proof only if its author had the standing to make it.
import { ADL_VERBS, FIT_VERBS, type Role } from '@fit/shared';

export type AuthorityRule =
  /** A statement about a FIT learner comes only from an organisation the learner is a current member of. */
  | 'learner-member'
  /** A worker's session records only about that worker. */
  | 'only-about-yourself'
  /** `validated` / sent-back reviews come only from a trainer or admin of the learner's organisation, as themselves. */
  | 'review-by-trainer'
  /** Nobody reviews their own practical work. */
  | 'review-not-yourself'
  /** A review names the learner and points at that learner's own statement in this organisation. */
  | 'review-target'
  /** Voiding only by the statement's own authority, or an admin of its organisation. */
  | 'void-authority'
  /** Never a learner voiding their own failure. */
  | 'void-own-failure';

export const REVIEW_VERBS: readonly string[] = [FIT_VERBS.validated, FIT_VERBS.rejected];
const REVIEWER_ROLES: readonly Role[] = ['trainer', 'admin'];

/** What one statement of a batch claims, as far as the rule cares. */
export interface Claim {
  index: number;
  id: string;
  verbId: string;
  /** The FIT user the statement is by (its actor), when it is one. */
  actorUserId: string | null;
  /** The FIT learner a review is about (the learner context extension), when named. */
  learnerUserId: string | null;
  /** The statement a review points at (context.statement). */
  reviewOf: string | null;
  /** The statement a voiding statement voids. */
  voids: string | null;
}

/** Who sends the batch: a user's session (with their role in the organisation) or the organisation's client key. */
export interface AuthorityPrincipal {
  organisationId: string;
  userId: string | null;
  role: Role | null;
}

/** A statement a review or a voiding refers to. */
export interface TargetFact {
  organisationId: string;
  actorUserId: string | null;
  /** `user:<id>` or `organisation:<id>`: who stated it (see authorityKey). */
  authority: string;
  /** A failure: verb failed, or a result that says it did not succeed. */
  failure: boolean;
}

export interface AuthorityFacts {
  /** Role in the principal's organisation of every FIT user the batch names; absent means not a current member. */
  roles: ReadonlyMap<string, Role>;
  /** Statements referred to by reviews and voiding statements (stored ones and those earlier in the batch). */
  targets: ReadonlyMap<string, TargetFact>;
}

export interface Refusal {
  index: number;
  id: string;
  rule: AuthorityRule;
  reason: string;
}

export function authorityKey(principal: { organisationId: string; userId: string | null }): string {
  return principal.userId ? `user:${principal.userId}` : `organisation:${principal.organisationId}`;
}

const REASONS: Record<AuthorityRule, string> = {
  'learner-member': 'the learner is not a current member of this organisation, so it cannot record about them',
  'only-about-yourself': 'a worker can only record statements about themselves',
  'review-by-trainer': 'only a trainer or an admin of the learner’s organisation can validate or send back practical work, as themselves',
  'review-not-yourself': 'nobody can validate or send back their own practical work',
  'review-target': 'a review must name the learner and point at that learner’s own statement in this organisation',
  'void-authority': 'only whoever stated a statement, or an admin of its organisation, can void it',
  'void-own-failure': 'a learner cannot void their own failure',
};

/** Every statement of the batch the principal may not make, with the rule it breaks (the first one only). */
export function refusals(claims: readonly Claim[], principal: AuthorityPrincipal, facts: AuthorityFacts): Refusal[] {
  const out: Refusal[] = [];
  for (const claim of claims) {
    const rule = brokenRule(claim, principal, facts);
    if (rule) out.push({ index: claim.index, id: claim.id, rule, reason: REASONS[rule] });
  }
  return out;
}

function brokenRule(c: Claim, p: AuthorityPrincipal, facts: AuthorityFacts): AuthorityRule | null {
  const isWorker = p.role === 'worker';
  if (isWorker && c.actorUserId !== p.userId) return 'only-about-yourself';
  for (const person of [c.actorUserId, c.learnerUserId]) if (person && !facts.roles.has(person)) return 'learner-member';
  if (REVIEW_VERBS.includes(c.verbId)) return reviewRule(c, p, facts);
  if (c.verbId === ADL_VERBS.voided && c.voids) return voidRule(c, p, facts);
  // A learner extension on anything else still names a learner: a worker cannot name another.
  if (isWorker && c.learnerUserId && c.learnerUserId !== p.userId) return 'only-about-yourself';
  return null;
}

function reviewRule(c: Claim, p: AuthorityPrincipal, facts: AuthorityFacts): AuthorityRule | null {
  if (!p.userId || !p.role || !REVIEWER_ROLES.includes(p.role) || c.actorUserId !== p.userId) return 'review-by-trainer';
  if (!c.learnerUserId || !c.reviewOf) return 'review-target';
  if (c.learnerUserId === p.userId) return 'review-not-yourself';
  const target = facts.targets.get(c.reviewOf);
  if (!target || target.organisationId !== p.organisationId || target.actorUserId !== c.learnerUserId) return 'review-target';
  return null;
}

function voidRule(c: Claim, p: AuthorityPrincipal, facts: AuthorityFacts): AuthorityRule | null {
  const target = facts.targets.get(c.voids!);
  // Unknown targets are the ingest's to report (not found, already voided…), not a question of standing; another
  // organisation's statement is unknown here too, so the answer never tells that it exists.
  if (!target || target.organisationId !== p.organisationId) return null;
  if (target.failure && p.userId && target.actorUserId === p.userId) return 'void-own-failure';
  if (target.authority !== authorityKey(p) && p.role !== 'admin') return 'void-authority';
  return null;
}
