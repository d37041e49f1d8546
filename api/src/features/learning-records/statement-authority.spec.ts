import { describe, expect, it } from '@jest/globals';
import { ADL_VERBS, FIT_VERBS, type Role } from '@fit/shared';
import { refusals, type AuthorityPrincipal, type Claim, type TargetFact } from './statement-authority.js';

const ORG = 'org-a';
const WORKER = 'worker-1';
const TRAINER = 'trainer-1';
const ADMIN = 'admin-1';

const claim = (c: Partial<Claim>): Claim => ({ index: 0, id: 's1', verbId: ADL_VERBS.completed, actorUserId: WORKER, learnerUserId: null, reviewOf: null, voids: null, ...c });
const user = (userId: string, role: Role): AuthorityPrincipal => ({ organisationId: ORG, userId, role });
const client: AuthorityPrincipal = { organisationId: ORG, userId: null, role: null };
const roles = new Map<string, Role>([
  [WORKER, 'worker'],
  [TRAINER, 'trainer'],
  [ADMIN, 'admin'],
  ['manager-1', 'manager'],
]);
const submission: TargetFact = { organisationId: ORG, actorUserId: WORKER, authority: `user:${WORKER}`, failure: false };
const failure: TargetFact = { ...submission, failure: true };
const facts = (targets: Record<string, TargetFact> = {}) => ({ roles, targets: new Map(Object.entries(targets)) });
const ruleOf = (c: Claim, p: AuthorityPrincipal, targets?: Record<string, TargetFact>) => refusals([c], p, facts(targets))[0]?.rule ?? null;
const review = (c: Partial<Claim> = {}) => claim({ verbId: FIT_VERBS.validated, actorUserId: TRAINER, learnerUserId: WORKER, reviewOf: 'sub', ...c });

describe('who may state what', () => {
  it('accepts a worker recording about themselves, and refuses them recording about anyone else', () => {
    expect(ruleOf(claim({}), user(WORKER, 'worker'))).toBeNull();
    expect(ruleOf(claim({ actorUserId: TRAINER }), user(WORKER, 'worker'))).toBe('only-about-yourself');
  });

  it('refuses any statement about a learner who is not a current member of the sending organisation', () => {
    expect(ruleOf(claim({ actorUserId: 'stranger' }), client)).toBe('learner-member');
    expect(ruleOf(review({ learnerUserId: 'stranger' }), user(TRAINER, 'trainer'))).toBe('learner-member');
  });

  it('takes reviews only from a trainer or admin, as themselves, about someone else’s own statement here', () => {
    expect(ruleOf(review(), user(TRAINER, 'trainer'), { sub: submission })).toBeNull();
    expect(ruleOf(review({ actorUserId: ADMIN }), user(ADMIN, 'admin'), { sub: submission })).toBeNull();
    expect(ruleOf(review(), client, { sub: submission })).toBe('review-by-trainer');
    expect(ruleOf(review({ actorUserId: 'manager-1' }), user('manager-1', 'manager'), { sub: submission })).toBe('review-by-trainer');
    expect(ruleOf(review({ actorUserId: WORKER }), user(WORKER, 'worker'), { sub: submission })).toBe('review-by-trainer');
    // A trainer naming another trainer as the reviewer.
    expect(ruleOf(review({ actorUserId: ADMIN }), user(TRAINER, 'trainer'), { sub: submission })).toBe('review-by-trainer');
    expect(ruleOf(review({ learnerUserId: TRAINER }), user(TRAINER, 'trainer'), { sub: { ...submission, actorUserId: TRAINER } })).toBe('review-not-yourself');
    expect(ruleOf(review(), user(TRAINER, 'trainer'), {})).toBe('review-target');
    expect(ruleOf(review(), user(TRAINER, 'trainer'), { sub: { ...submission, organisationId: 'org-b' } })).toBe('review-target');
    expect(ruleOf(review(), user(TRAINER, 'trainer'), { sub: { ...submission, actorUserId: ADMIN } })).toBe('review-target');
    expect(ruleOf(review({ reviewOf: null }), user(TRAINER, 'trainer'), { sub: submission })).toBe('review-target');
  });

  it('lets voiding come from the statement’s own authority or an admin of its organisation, never a learner voiding a failure', () => {
    const voiding = (c: Partial<Claim> = {}) => claim({ verbId: ADL_VERBS.voided, voids: 't', ...c });
    expect(ruleOf(voiding(), user(WORKER, 'worker'), { t: submission })).toBeNull();
    expect(ruleOf(voiding(), user(WORKER, 'worker'), { t: failure })).toBe('void-own-failure');
    expect(ruleOf(voiding({ actorUserId: ADMIN }), user(ADMIN, 'admin'), { t: { ...failure, actorUserId: ADMIN, authority: `user:${ADMIN}` } })).toBe('void-own-failure');
    expect(ruleOf(voiding(), user(TRAINER, 'trainer'), { t: submission })).toBe('void-authority');
    expect(ruleOf(voiding(), user(ADMIN, 'admin'), { t: failure })).toBeNull();
    expect(ruleOf(voiding(), client, { t: { ...submission, authority: `organisation:${ORG}` } })).toBeNull();
    // Another organisation's statement is as unknown as a missing one: the ingest answers "not found", revealing nothing.
    expect(ruleOf(voiding(), user(ADMIN, 'admin'), { t: { ...submission, organisationId: 'org-b' } })).toBeNull();
    // Unknown targets are reported by the ingest (not found), not refused here.
    expect(ruleOf(voiding(), user(WORKER, 'worker'), {})).toBeNull();
  });

  it('names every refused statement of a batch with its index, id, rule and reason', () => {
    const out = refusals([claim({ index: 0, id: 'a' }), claim({ index: 1, id: 'b', actorUserId: 'stranger' })], client, facts());
    expect(out).toEqual([{ index: 1, id: 'b', rule: 'learner-member', reason: expect.stringContaining('not a current member') }]);
  });
});
