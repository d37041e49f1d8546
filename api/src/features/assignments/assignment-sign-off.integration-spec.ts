// An assignment's status follows the trainer's sign-off of its practical task, and a worker's attempts keep the
// version they were made on when the module is republished.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIT_EXTENSIONS, moduleVersionActivity, stepActivity } from '@fit/shared';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { AssignmentRemindersService } from './assignment-reminders.service.js';
import { querySingle } from '../../common/sql.js';

const WINDOWS = 'airtight-window-joints';
const MY_DAY = '{ myAssignments { id status overdue moduleVersion { version } } }';
const COHORT = 'query($s: ID!) { cohort(siteId: $s) { entries { assignmentId workerId status overdue } } }';
const ATTEMPTS = 'query($w: ID!) { workerAttempts(workerId: $w) { id version moduleVersionId outcome score moduleVersion { version title { text } } } }';
const REVIEW = 'mutation($id: ID!, $v: Verdict!, $c: String) { reviewPractical(statementId: $id, verdict: $v, comment: $c) { review } }';

interface Version {
  id: string;
  version: number;
  content: { steps: { id: string; kind: string }[] } & Record<string, unknown>;
}

describe('assignment status after sign-off, and attempts by version', () => {
  let sut: TestApp;
  let trainer: string;
  let worker: { id: string; token: string };
  let siteId: string;
  let moduleId: string;
  let v1: Version;

  const send = async (...statements: object[]) => {
    expect((await xapiClient(sut.url, `Bearer ${worker.token}`)('POST', '', statements)).status).toBe(200);
  };
  /** The whole module as the tablet records it: started, the practical task sent for sign-off, finished and passed. */
  const playThrough = async (version: Version, registration: string, score: number) => {
    const task = version.content.steps.find((s) => s.kind === 'practical')!;
    const submission = statementBy(worker.id, VERB.completed, stepActivity(version.id, task.id), {
      context: { registration },
      result: { completion: true, response: 'clean', extensions: { [FIT_EXTENSIONS.evidence]: [], [FIT_EXTENSIONS.signOffRequested]: true } },
    });
    const module = moduleVersionActivity(version.id);
    const result = { score: { scaled: score }, success: true, completion: true };
    await send(
      statementBy(worker.id, VERB.attempted, module, { context: { registration } }),
      submission,
      statementBy(worker.id, VERB.completed, module, { context: { registration }, result }),
      statementBy(worker.id, VERB.passed, module, { context: { registration }, result }),
    );
    return submission.id;
  };
  const myStatus = async () => (await sut.gql<{ myAssignments: { status: string }[] }>(MY_DAY, {}, worker.token)).data!.myAssignments[0]!.status;
  const cohortStatus = async () =>
    (await sut.gql<{ cohort: { entries: { workerId: string; status: string }[] } }>(COHORT, { s: siteId }, trainer)).data!.cohort.entries.find(
      (e) => e.workerId === worker.id,
    )!.status;

  beforeAll(async () => {
    sut = await startTestApp();
    trainer = await sut.login('trainer@fit.demo');
    siteId = (await sut.gql<{ sites: { id: string }[] }>('{ sites { id } }', {}, trainer)).data!.sites[0]!.id;
    const modules = (await sut.gql<{ modules: { id: string; slug: string; latestPublished: Version }[] }>(
      '{ modules { id slug latestPublished { id version content } } }',
      {},
      trainer,
    )).data!.modules;
    const windows = modules.find((m) => m.slug === WINDOWS)!;
    moduleId = windows.id;
    v1 = windows.latestPublished;
    const id = await addWorker(sut.dataSource, 'Lina Ferreira', 'lina@fit.demo');
    worker = { id, token: await sut.login('lina@fit.demo') };
    await sut.gql('mutation($s: ID!, $w: [ID!]!) { setSiteCrew(siteId: $s, workerIds: $w) { id } }', { s: siteId, w: [id] }, trainer);
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const assigned = await sut.gql('mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', { i: { moduleVersionId: v1.id, workerIds: [id], dueOn: due } }, trainer);
    expect(assigned.errors).toBeUndefined();
  });
  afterAll(() => sut.close());

  it('goes from "awaiting sign-off" to "to redo" to "validated" as the trainer reviews, for the worker and in the cohort', async () => {
    expect(await myStatus()).toBe('not_started');
    const first = await playThrough(v1, '6f1d7c5e-0000-4000-8000-000000000001', 0.67);
    expect(await myStatus()).toBe('awaiting_sign_off');
    expect(await cohortStatus()).toBe('awaiting_sign_off');

    // Past its due date while it waits for the trainer: nothing for the worker to do, so no reminder.
    await sut.dataSource.query('update assignments set due_on = current_date - 1 where worker_id = $1', [worker.id]);
    const reminders = sut.app.get(AssignmentRemindersService);
    const remindedToday = async () =>
      (await querySingle<{ n: number }>(sut.dataSource, `select count(*)::int as n from notifications where user_id = $1 and kind = 'assignment_overdue'`, [worker.id])).n;
    await reminders.sendOverdueReminders();
    expect(await remindedToday()).toBe(0);

    expect((await sut.gql(REVIEW, { id: first, v: 'to_redo', c: 'Angle non bouclé.' }, trainer)).errors).toBeUndefined();
    expect(await myStatus()).toBe('to_redo');
    expect(await cohortStatus()).toBe('to_redo');
    // "To redo" puts it back in the worker's hands: overdue, they are reminded like anyone with work left.
    await reminders.sendOverdueReminders();
    expect(await remindedToday()).toBe(1);
    await sut.dataSource.query('update assignments set due_on = current_date + 3 where worker_id = $1', [worker.id]);

    // Sent again: it waits for the trainer again; the earlier "to redo" no longer counts.
    const second = await playThrough(v1, '6f1d7c5e-0000-4000-8000-000000000002', 1);
    expect(await myStatus()).toBe('awaiting_sign_off');
    expect((await sut.gql(REVIEW, { id: second, v: 'validated' }, trainer)).errors).toBeUndefined();
    expect(await myStatus()).toBe('validated');
    expect(await cohortStatus()).toBe('validated');
  });

  it('keeps attempts and the assignment on version 1 after version 2 is published, and lists each attempt with its version', async () => {
    const edited = { ...v1.content, estimatedMinutes: 13 };
    expect((await sut.gql('mutation($i: UpdateModuleDraftInput!) { updateModuleDraft(input: $i) { id } }', { i: { moduleId, content: edited } }, trainer)).errors).toBeUndefined();
    const published = await sut.gql<{ publishModule: { latestPublished: Version } }>('mutation($id: ID!) { publishModule(id: $id) { latestPublished { id version content } } }', { id: moduleId }, trainer);
    const v2 = published.data!.publishModule.latestPublished;
    expect(v2.version).toBe(2);
    await playThrough(v2, '6f1d7c5e-0000-4000-8000-000000000003', 0.5);

    const attempts = (await sut.gql<{ workerAttempts: { id: string; version: number; outcome: string; score: number; moduleVersion: { version: number; title: { text: string } } }[] }>(ATTEMPTS, { w: worker.id }, trainer)).data!.workerAttempts;
    expect(attempts.map((a) => [a.id, a.version, a.outcome, a.score])).toEqual([
      ['6f1d7c5e-0000-4000-8000-000000000003', 2, 'passed', 0.5],
      ['6f1d7c5e-0000-4000-8000-000000000002', 1, 'passed', 1],
      ['6f1d7c5e-0000-4000-8000-000000000001', 1, 'passed', 0.67],
    ]);
    expect(attempts[0]!.moduleVersion).toMatchObject({ version: 2, title: { text: expect.stringContaining('fenêtres') } });
    // The worker sees the very same list as their own results.
    const mine = (await sut.gql<{ myAttempts: { id: string; version: number; outcome: string; score: number }[] }>('{ myAttempts { id version outcome score } }', {}, worker.token)).data!.myAttempts;
    expect(mine).toEqual(attempts.map(({ id, version, outcome, score }) => ({ id, version, outcome, score })));
    // The assignment stays on the version it was given on, with its validated status.
    const day = (await sut.gql<{ myAssignments: { status: string; moduleVersion: { version: number } }[] }>(MY_DAY, {}, worker.token)).data!.myAssignments;
    expect(day).toEqual([expect.objectContaining({ status: 'validated', moduleVersion: { version: 1 } })]);
  });

  it("hides a worker's attempts from other organisations and from workers", async () => {
    await sut.dataSource.query(`insert into organisations (slug, name, kind) values ('org-att', 'Org Att', 'sme')`);
    await addWorker(sut.dataSource, 'Otto Other', 'otto@att.fr', 'org-att');
    await sut.dataSource.query(`update memberships set role = 'trainer' where user_id = (select id from users where email = 'otto@att.fr')`);
    const other = await sut.login('otto@att.fr');
    expect((await sut.gql(ATTEMPTS, { w: worker.id }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await sut.gql(ATTEMPTS, { w: worker.id }, worker.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // "My attempts" are a worker's own: staff look a worker up by id instead.
    expect((await sut.gql('{ myAttempts { id } }', {}, trainer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
