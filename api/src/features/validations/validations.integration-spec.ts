import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIT_EXTENSIONS, FIT_VERBS, stepActivity } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { AssignmentRemindersService } from '../assignments/assignment-reminders.service.js';
import { queryRows } from '../../common/sql.js';

const PENDING = 'query($s: ID) { pendingValidations(siteId: $s) { statementId workerName evidence review moduleVersionId } }';
const MINE = '{ myPracticalReviews { statementId review reviewComment reviewedBy } }';
const REVIEW = 'mutation($id: ID!, $v: Verdict!, $c: String) { reviewPractical(statementId: $id, verdict: $v, comment: $c) { review reviewComment reviewedBy } }';

describe('on-site validation of practical tasks, and overdue reminders', () => {
  let sut: TestApp;
  let trainer: string;
  let worker: { id: string; token: string };
  let siteId: string;
  let versionId: string;

  const submit = async () => {
    const s = statementBy(worker.id, VERB.completed, stepActivity(versionId, 'practical-1'), {
      result: { completion: true, response: 'joint-clean,tape-applied', extensions: { [FIT_EXTENSIONS.evidence]: ['photo-1'], [FIT_EXTENSIONS.signOffRequested]: true } },
    });
    expect((await xapiClient(sut.url, `Bearer ${worker.token}`)('POST', '', s)).status).toBe(200);
    return s.id;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, trainer)).data!.sites[0]!.id;
    versionId = (await sut.gql<{ modules: { latestPublished: { id: string } }[] }>('{ modules { latestPublished { id } } }', {}, trainer)).data!.modules[0]!.latestPublished.id;
    const id = await addWorker(sut.dataSource, 'Mehdi Lambert', 'mehdi@fit.demo');
    worker = { id, token: await sut.login('mehdi@fit.demo') };
    await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', { s: siteId, w: [id] }, trainer);
  });
  afterAll(() => sut.close());

  it("lists a worker's practical task for sign-off on their site, with its photos", async () => {
    const statementId = await submit();
    const pending = await sut.gql<{ pendingValidations: { statementId: string }[] }>(PENDING, { s: siteId }, trainer);
    expect(pending.data?.pendingValidations).toContainEqual({ statementId, workerName: 'Mehdi Lambert', evidence: ['photo-1'], review: 'pending', moduleVersionId: versionId });
  });

  it("records the trainer's sign-off as the trainer's own statement; the worker sees the outcome, their record untouched", async () => {
    const statementId = await submit();
    const [before] = await queryRows<{ content_hash: string; voided: boolean }>(sut.dataSource, 'select content_hash, voided from xapi_statements where id = $1', [statementId]);
    const reviewed = await sut.gql(REVIEW, { id: statementId, v: 'validated', c: 'Joint propre, adhésif bien marouflé.' }, trainer);
    expect(reviewed.data).toEqual({ reviewPractical: { review: 'validated', reviewComment: 'Joint propre, adhésif bien marouflé.', reviewedBy: 'Thomas Formateur' } });

    const mine = await sut.gql<{ myPracticalReviews: { statementId: string; review: string }[] }>(MINE, {}, worker.token);
    expect(mine.data?.myPracticalReviews.find((r) => r.statementId === statementId)?.review).toBe('validated');
    const pending = await sut.gql<{ pendingValidations: { statementId: string }[] }>(PENDING, {}, trainer);
    expect(pending.data?.pendingValidations.map((p) => p.statementId)).not.toContain(statementId);

    const [after] = await queryRows<{ content_hash: string; voided: boolean }>(sut.dataSource, 'select content_hash, voided from xapi_statements where id = $1', [statementId]);
    expect(after).toEqual(before);
    const [verdict] = await queryRows<{ actor_user_id: string; learner: string }>(
      sut.dataSource,
      `select actor_user_id, statement->'context'->'extensions'->'${FIT_EXTENSIONS.learner}'->'account'->>'name' as learner
         from xapi_statements where verb_id = $1 and statement->'context'->'statement'->>'id' = $2`,
      [FIT_VERBS.validated, statementId],
    );
    const trainerId = (await sut.gql<{ me: { id: string } }>('{ me { id } }', {}, trainer)).data!.me.id;
    expect(verdict).toEqual({ actor_user_id: trainerId, learner: worker.id });
  });

  it('asks for a reason to redo, and refuses to review the same task twice', async () => {
    const statementId = await submit();
    expect((await sut.gql(REVIEW, { id: statementId, v: 'to_redo' }, trainer)).errors?.[0]?.message).toMatch(/Say what to redo/);
    expect((await sut.gql(REVIEW, { id: statementId, v: 'to_redo', c: 'Photo floue, refaire.' }, trainer)).data).toMatchObject({ reviewPractical: { review: 'to_redo' } });
    expect((await sut.gql(REVIEW, { id: statementId, v: 'validated' }, trainer)).errors?.[0]?.message).toMatch(/already been reviewed/);
  });

  it('lets no worker review, and hides other organisations’ tasks', async () => {
    const statementId = await submit();
    expect((await sut.gql(REVIEW, { id: statementId, v: 'validated' }, worker.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await sut.dataSource.query(`insert into organisations (slug, name, kind) values ('org-v', 'Org V', 'sme')`);
    await addWorker(sut.dataSource, 'Vera Trainer', 'vera@v.fr', 'org-v');
    await sut.dataSource.query(`update memberships set role = 'trainer' where user_id = (select id from users where email = 'vera@v.fr')`);
    const other = await sut.login('vera@v.fr');
    expect((await sut.gql(REVIEW, { id: statementId, v: 'validated' }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sut.gql<{ pendingValidations: unknown[] }>(PENDING, {}, other)).data?.pendingValidations).toEqual([]);
  });

  it('reminds the worker and the trainer of overdue work once a day', async () => {
    const due = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await sut.gql('mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', { i: { moduleVersionId: versionId, workerIds: [worker.id], dueOn: due } }, trainer);
    await sut.dataSource.query('update assignments set due_on = current_date - 1 where worker_id = $1', [worker.id]);
    const reminders = sut.app.get(AssignmentRemindersService);
    expect(await reminders.sendOverdueReminders()).toEqual({ workers: 1, trainers: 1 });
    expect(await reminders.sendOverdueReminders()).toEqual({ workers: 0, trainers: 0 });
    const notes = await sut.gql<{ myNotifications: { kind: string; message: string }[] }>('{ myNotifications { kind message } }', {}, worker.token);
    expect(notes.data?.myNotifications).toContainEqual({ kind: 'assignment_overdue', message: '1 module(s) en retard : ouvrez « Aujourd\'hui » pour les terminer.' });
  });
});
