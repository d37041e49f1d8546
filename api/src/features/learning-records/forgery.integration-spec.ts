// The forgery suite: each test plays an attacker against the real API and PostgreSQL and proves the evidence holds.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIT_EXTENSIONS, FIT_VERBS, moduleVersionActivity, stepActivity } from '@fit/shared';
import { hashSecret } from '../identity/passwords.js';
import { moduleContent } from '../../test-support/module-content.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { queryRows } from '../../common/sql.js';

const PASSPORT = 'query($w: ID) { passport(workerId: $w) { ulos { code state evidence { moduleId validatedAt } } awards { qualification evidenceChain { moduleVersion validatedBy } } } }';
const PENDING = '{ pendingValidations { statementId response } }';
const MINE = '{ myPracticalReviews { statementId review reviewedBy } }';
const REVIEW = 'mutation($id: ID!) { reviewPractical(statementId: $id, verdict: validated) { review reviewedBy } }';

interface PassportAnswer {
  passport: { ulos: { code: string; state: string; evidence: { moduleId: string; validatedAt: string | null }[] }[] };
}

describe('forgery suite: nobody forges, self-validates or erases learning evidence', () => {
  let sut: TestApp;
  let manager: string;
  let trainer: string;
  let versionId: string;
  let moduleId: string;
  let bTrainerId: string;
  let bKey: string;

  const newWorker = async (name: string) => {
    const email = `${name.toLowerCase().replace(/\W+/g, '.')}@a.fr`;
    const id = await addWorker(sut.dataSource, name, email);
    return { id, token: await sut.login(email) };
  };
  const asWorker = (token: string) => xapiClient(sut.url, `Bearer ${token}`);
  /** The worker finishes the module on the tablet: passes the quiz and submits the practical step for sign-off. */
  const finishModule = async (worker: { id: string; token: string }, version = versionId, stepId = 'task') => {
    const module = moduleVersionActivity(version);
    const submission = statementBy(worker.id, VERB.completed, stepActivity(version, stepId), {
      result: { completion: true, response: 'a,b', extensions: { [FIT_EXTENSIONS.evidence]: [], [FIT_EXTENSIONS.signOffRequested]: true } },
      context: { contextActivities: { parent: [{ objectType: 'Activity', id: module }] } },
    });
    const done = statementBy(worker.id, VERB.completed, module, { result: { completion: true, success: true, score: { scaled: 1 } } });
    const passed = statementBy(worker.id, VERB.passed, module, { result: { completion: true, success: true, score: { scaled: 1 } } });
    const res = await asWorker(worker.token)('POST', '', [submission, done, passed]);
    expect(res.status).toBe(200);
    return submission.id;
  };
  const validation = (actorId: string, learnerId: string, submissionId: string, version = versionId) => ({
    ...statementBy(actorId, FIT_VERBS.validated, stepActivity(version, 'task')),
    result: { success: true },
    context: {
      statement: { objectType: 'StatementRef', id: submissionId },
      extensions: { [FIT_EXTENSIONS.learner]: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: learnerId } } },
      contextActivities: { parent: [{ objectType: 'Activity', id: moduleVersionActivity(version) }] },
    },
  });
  const passport = async (workerId: string, token = manager) => (await sut.gql<PassportAnswer>(PASSPORT, { w: workerId }, token)).data!.passport;
  const uloState = async (workerId: string, code = 'ULO-INS-01') => (await passport(workerId)).ulos.find((u) => u.code === code)?.state;

  beforeAll(async () => {
    sut = await startTestApp();
    manager = await sut.login('manager@fit.demo');
    trainer = await sut.login('trainer@fit.demo');
    const [etics] = await sut.dataSource.query<{ id: string; module_id: string }[]>(
      `select v.id, v.module_id from module_versions v join learning_modules m on m.id = v.module_id
        where m.slug = 'etics-fixing-thermal-bridges' and v.status = 'published' order by v.version desc limit 1`,
    );
    versionId = etics!.id;
    moduleId = etics!.module_id;
    // Organisation B: a trainer of its own and an xAPI key, nothing to do with A's workers.
    const db = sut.dataSource;
    await db.query(`insert into organisations (slug, name, kind) values ('b-org', 'B Bâtiment', 'sme')`);
    const [bTrainer] = await db.query<{ id: string }[]>(
      `insert into users (email, display_name, password_hash) values ('b-trainer@b.fr', 'B Formateur', $1) returning id`,
      [await hashSecret('fit-demo')],
    );
    bTrainerId = bTrainer!.id;
    await db.query(`insert into memberships (user_id, organisation_id, role) select $1, id, 'trainer' from organisations where slug = 'b-org'`, [bTrainerId]);
    bKey = await basicAuthFor(db, 'b-org');
  });
  afterAll(() => sut.close());

  describe('1. cross-organisation forgery', () => {
    it("refuses with 403 B's key stating that A's worker was validated, and A's evidence does not move", async () => {
      const worker = await newWorker('Anouk Forgée');
      const submissionId = await finishModule(worker);
      const res = await xapiClient(sut.url, bKey)<{ message: string; refused: { rule: string }[] }>('POST', '', validation(bTrainerId, worker.id, submissionId));
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/not a current member/);
      expect(res.body.refused[0]?.rule).toBe('learner-member');
      expect((await sut.gql<{ pendingValidations: { statementId: string }[] }>(PENDING, {}, trainer)).data?.pendingValidations.map((p) => p.statementId)).toContain(submissionId);
      expect(await uloState(worker.id)).toBe('awaiting_validation');
    });

    it("never counts a validation stored in B's ledger (written there before the rule) in A's passport", async () => {
      const worker = await newWorker('Basile Marqué');
      const submissionId = await finishModule(worker);
      const forged = validation(bTrainerId, worker.id, submissionId);
      await sut.dataSource.query(
        `insert into xapi_statements (id, organisation_id, actor_user_id, actor_ifi, verb_id, object_id, statement, content_hash, timestamp, source)
         select $1, id, $2, 'x', $3, $4, $5, 'h', now(), 'xapi' from organisations where slug = 'b-org'`,
        [forged.id, bTrainerId, FIT_VERBS.validated, forged.object.id, JSON.stringify(forged)],
      );
      const ulo = (await passport(worker.id)).ulos.find((u) => u.code === 'ULO-INS-01')!;
      expect(ulo.state).toBe('awaiting_validation');
      expect(ulo.evidence.every((e) => e.validatedAt === null)).toBe(true);
    });

    it('refuses the whole batch when one statement is forged: nothing is half-stored', async () => {
      const worker = await newWorker('Célia Lot');
      const submissionId = await finishModule(worker);
      const honest = statementBy(bTrainerId, VERB.attempted, moduleVersionActivity(versionId));
      const res = await xapiClient(sut.url, bKey)('POST', '', [honest, validation(bTrainerId, worker.id, submissionId)]);
      expect(res.status).toBe(403);
      expect(await queryRows(sut.dataSource, 'select id from xapi_statements where id = $1', [honest.id])).toEqual([]);
    });
  });

  describe('2. self sign-off', () => {
    it("refuses a worker's own `validated` about their own submission; the trainer still has it to review", async () => {
      const worker = await newWorker('Dorian Lui-Même');
      const submissionId = await finishModule(worker);
      const res = await asWorker(worker.token)<{ message: string; refused: { rule: string; id: string }[] }>('POST', '', validation(worker.id, worker.id, submissionId));
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/trainer or an admin/);
      expect(res.body.refused[0]?.rule).toBe('review-by-trainer');
      const pending = await sut.gql<{ pendingValidations: { statementId: string }[] }>(PENDING, {}, trainer);
      expect(pending.data?.pendingValidations.map((p) => p.statementId)).toContain(submissionId);
      const mine = await sut.gql<{ myPracticalReviews: { statementId: string; review: string; reviewedBy: string | null }[] }>(MINE, {}, worker.token);
      expect(mine.data?.myPracticalReviews.find((r) => r.statementId === submissionId)).toMatchObject({ review: 'pending', reviewedBy: null });
      // Staff of the worker's organisation see what the tablet was refused, and why.
      const refused = await sut.gql<{ refusedStatements: { statementId: string; workerName: string | null; rule: string }[] }>(
        '{ refusedStatements { statementId workerName rule reason } }', {}, trainer,
      );
      expect(refused.data?.refusedStatements).toContainEqual(expect.objectContaining({ statementId: res.body.refused[0]!.id, workerName: 'Dorian Lui-Même', rule: 'review-by-trainer' }));
    });

    it('refuses a trainer signing off their own practical work, by GraphQL as by xAPI', async () => {
      const [row] = await sut.dataSource.query<{ id: string }[]>(`select id from users where email = 'trainer@fit.demo'`);
      const self = { id: row!.id, token: trainer };
      const submissionId = await finishModule(self);
      const res = await sut.gql(REVIEW, { id: submissionId }, trainer);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toMatch(/own/);
    });

    it('refuses a manager signing off practical work: only trainers and admins validate', async () => {
      const worker = await newWorker('Élise Managée');
      const submissionId = await finishModule(worker);
      const res = await sut.gql(REVIEW, { id: submissionId }, manager);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('3. erasing one’s failures', () => {
    it('refuses a worker voiding their own `failed` statement; the failure stays in their progress', async () => {
      const worker = await newWorker('Fabien Effacé');
      const failed = statementBy(worker.id, VERB.failed, moduleVersionActivity(versionId), { result: { success: false, score: { scaled: 0.1 } } });
      expect((await asWorker(worker.token)('POST', '', failed)).status).toBe(200);
      const voiding = statementBy(worker.id, VERB.voided, '', { object: { objectType: 'StatementRef', id: failed.id } });
      const res = await asWorker(worker.token)<{ message: string }>('POST', '', voiding);
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/failure/);
      const progress = await sut.gql<{ myLearningProgress: { activityId: string; failedAt: string | null }[] }>('{ myLearningProgress { activityId failedAt } }', {}, worker.token);
      expect(progress.data?.myLearningProgress.find((p) => p.activityId === moduleVersionActivity(versionId))?.failedAt).not.toBeNull();
    });

    it("lets an admin of the statement's organisation void it, and nobody of another organisation", async () => {
      const worker = await newWorker('Gaëlle Annulée');
      const failed = statementBy(worker.id, VERB.failed, moduleVersionActivity(versionId), { result: { success: false } });
      expect((await asWorker(worker.token)('POST', '', failed)).status).toBe(200);
      const voiding = () => statementBy(worker.id, VERB.voided, '', { object: { objectType: 'StatementRef', id: failed.id } });
      expect((await xapiClient(sut.url, bKey)('POST', '', voiding())).status).toBe(403);
      const admin = await sut.login('admin@fit.demo');
      expect((await xapiClient(sut.url, `Bearer ${admin}`)('POST', '', voiding())).status).toBe(200);
    });
  });

  describe('4. quiz before sign-off', () => {
    it('holds the ULO only once the practical step is validated on site; the award lists its evidence chain', async () => {
      const worker = await newWorker('Hugo Validé');
      const envelope = await sut.dataSource.query<{ id: string }[]>(
        `select distinct on (m.id) v.id from module_versions v join learning_modules m on m.id = v.module_id
          where m.slug in ('airtight-window-joints', 'etics-fixing-thermal-bridges', 'attic-insulation') and v.status = 'published'
          order by m.id, v.version desc`,
      );
      const submissions: string[] = [];
      for (const v of envelope) submissions.push(await finishModule(worker, v.id));
      expect(await uloState(worker.id)).toBe('awaiting_validation');
      const pending = await sut.gql<{ pendingValidations: { statementId: string; response: string }[] }>(PENDING, {}, trainer);
      expect(pending.data?.pendingValidations.find((p) => p.statementId === submissions[0])?.response).toBe('a,b');
      for (const id of submissions) expect((await sut.gql(REVIEW, { id }, trainer)).errors).toBeUndefined();
      const after = await passport(worker.id);
      expect(after.ulos.find((u) => u.code === 'ULO-INS-01')?.state).toBe('held');
      const chain = (await sut.gql<{ passport: { awards: { evidenceChain: { moduleVersion: number; validatedBy: string | null; validatedAt: string | null; where: string | null; attempts: number }[] }[] } }>(
        'query($w: ID) { passport(workerId: $w) { awards { qualification evidenceChain { moduleTitle moduleVersion attempts validatedBy validatedAt where } } } }',
        { w: worker.id },
        manager,
      )).data!.passport;
      const links = chain.awards.flatMap((a) => a.evidenceChain);
      expect(links).toContainEqual(expect.objectContaining({ validatedBy: 'Thomas Formateur', where: expect.any(String), attempts: expect.any(Number) }));
    });

    it('counts the module at once when its version says the practical step is not required for the award', async () => {
      const content = moduleContent({ outcomes: ['ULO-INS-01'], practicalRequiredForAward: false });
      const created = await sut.gql<{ createModule: { id: string } }>('mutation($i: CreateModuleInput!) { createModule(input: $i) { id } }', { i: { content, slug: 'no-sign-off' } }, trainer);
      const published = await sut.gql<{ publishModule: { latestPublished: { id: string } } }>(
        'mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }',
        { id: created.data!.createModule.id },
        trainer,
      );
      const worker = await newWorker('Inès Directe');
      await finishModule(worker, published.data!.publishModule.latestPublished.id, 'task');
      expect(await uloState(worker.id)).toBe('held');
      expect(moduleId).toBeDefined();
    });
  });
  describe('existing data moves honestly', () => {
    it('keeps an award that lost its basis, marked awaiting validation on site with the reason, and lifts the mark once validated', async () => {
      const worker = await newWorker('Jeanne Ancienne');
      const versions = await sut.dataSource.query<{ id: string }[]>(
        `select distinct on (m.id) v.id from module_versions v join learning_modules m on m.id = v.module_id
          where m.slug in ('airtight-window-joints', 'reading-energy-labels') and v.status = 'published' order by m.id, v.version desc`,
      );
      const submissions: string[] = [];
      for (const v of versions) submissions.push(await finishModule(worker, v.id));
      // EXFR-Q2 awarded under the old rule (quiz only), before practical steps had to be validated.
      const [award] = await sut.dataSource.query<{ id: string }[]>(
        `insert into qualification_awards (user_id, qualification_id, awarded_at, evidence)
         select $1, q.id, current_date - 30, '[]'::jsonb from scheme_qualifications q
          join qualification_schemes s on s.id = q.scheme_id
          where q.code = 'EXFR-Q2' and s.framework_id = (select id from qualification_frameworks order by imported_at desc limit 1) returning id`,
        [worker.id],
      );
      type Awards = { passport: { awards: { id: string; qualification: string; onHoldReason: string | null; expired: boolean }[] } };
      const AWARDS = 'query($w: ID) { passport(workerId: $w) { awards { id qualification onHoldReason expired } } }';
      const before = (await sut.gql<Awards>(AWARDS, { w: worker.id }, manager)).data!.passport.awards;
      expect(before).toEqual([{ id: award!.id, qualification: 'EXFR-Q2', expired: false, onHoldReason: expect.stringMatching(/^Awaiting validation on site: .*ULO-AIR-01/) }]);
      for (const id of submissions) expect((await sut.gql(REVIEW, { id }, trainer)).errors).toBeUndefined();
      const after = (await sut.gql<Awards>(AWARDS, { w: worker.id }, manager)).data!.passport.awards;
      expect(after).toEqual([{ id: award!.id, qualification: 'EXFR-Q2', expired: false, onHoldReason: null }]);
    });
  });
});
