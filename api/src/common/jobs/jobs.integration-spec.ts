// The job queue on pg-boss against the real database: a job exists only if the transaction that queued it commits,
// one key is queued once, a job that keeps failing is retried, then kept as failed (and copied to the dead-letter
// queue), and only the operator (an admin of a network body) sees it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { jobsSettled } from '../../test-support/jobs-settled.js';
import { DEAD_LETTER_QUEUE, JobsService } from './jobs.service.js';
import { queryRows, querySingle } from '../sql.js';

// Two real queues of the app, named rather than imported (common/ stays below the features): the awards refresh
// after a sync (batched), and the parse of a building model (one at a time per model).
const STATEMENTS_ADDED_JOB = 'learning-records.statements-added';
const BIM_PARSE_JOB = 'bim.parse';

const FAILED = '{ failedJobs { id queue error retries createdAt failedAt } }';
type Failed = { failedJobs: { id: string; queue: string; error: string; retries: number }[] };

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('background jobs (pg-boss)', () => {
  let sut: TestApp;
  let jobs: JobsService;
  const stateOf = async (id: string) =>
    (await sut.dataSource.query<{ state: string; retries: number }[]>('select state::text, retry_count as retries from pgboss.job where id = $1', [id]))[0];

  beforeAll(async () => {
    sut = await startTestApp();
    jobs = sut.app.get(JobsService);
  });
  afterAll(() => sut.close());

  it("queues a job only if the caller's transaction commits, then runs it", async () => {
    const rolledBack = await sut.dataSource
      .transaction(async (tx) => {
        const id = await jobs.enqueue(STATEMENTS_ADDED_JOB, { userIds: [] }, tx);
        expect(id).toEqual(expect.any(String));
        throw new Error('the work failed');
      })
      .catch((error: Error) => error.message);
    expect(rolledBack).toBe('the work failed');
    const { n } = await querySingle<{ n: number }>(sut.dataSource, `select count(*)::int as n from pgboss.job where name = $1`, [STATEMENTS_ADDED_JOB]);
    expect(n).toBe(0);

    const id = await sut.dataSource.transaction((tx) => jobs.enqueue(STATEMENTS_ADDED_JOB, { userIds: [] }, tx));
    await jobsSettled(sut.dataSource);
    expect(await stateOf(id!)).toMatchObject({ state: 'completed' });
  });

  it('queues one job per key while one is waiting (one parse per building model)', async () => {
    await sut.dataSource
      .transaction(async (tx) => {
        const first = await jobs.enqueue(BIM_PARSE_JOB, { modelId: 'model-1' }, tx, { singletonKey: 'model-1' });
        const second = await jobs.enqueue(BIM_PARSE_JOB, { modelId: 'model-1' }, tx, { singletonKey: 'model-1' });
        const other = await jobs.enqueue(BIM_PARSE_JOB, { modelId: 'model-2' }, tx, { singletonKey: 'model-2' });
        expect([typeof first, second, typeof other]).toEqual(['string', null, 'string']);
        throw new Error('rollback');
      })
      .catch(() => undefined);
  });

  it('retries a failing job, then keeps it as failed with a copy in the dead-letter queue', async () => {
    // Not a user id: the award refresh's query refuses it, every time.
    const id = await jobs.enqueue(STATEMENTS_ADDED_JOB, { userIds: ['not-a-uuid'] });
    const job = await eventually(() => stateOf(id!), (j) => j?.state === 'failed');
    expect(job).toEqual({ state: 'failed', retries: 1 });
    const [copy] = await queryRows<{ data: unknown }>(sut.dataSource, `select data from pgboss.job where name = $1 and data->'userIds' ? 'not-a-uuid'`, [DEAD_LETTER_QUEUE]);
    expect(copy).toEqual({ data: { userIds: ['not-a-uuid'] } });
  });

  it('shows failed jobs to the admin of the network body only', async () => {
    const admin = await sut.login('admin@fit.demo');
    // The demo admin signs in to the demo organisation (a member SME): not the operator there.
    expect((await sut.gql(FAILED, {}, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sut.gql(FAILED, {}, await sut.login('manager@fit.demo'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const [network] = await sut.dataSource.query<{ id: string }[]>(`select id from organisations where kind = 'network' limit 1`);
    const switched = await sut.gql<{ switchOrganisation: { accessToken: string } }>(
      'mutation($o: ID!) { switchOrganisation(organisationId: $o) { accessToken } }',
      { o: network!.id },
      admin,
    );
    const operator = switched.data!.switchOrganisation.accessToken;
    const failed = await sut.gql<Failed>(FAILED, {}, operator);
    expect(failed.errors).toBeUndefined();
    expect(failed.data?.failedJobs).toEqual([
      expect.objectContaining({ queue: STATEMENTS_ADDED_JOB, retries: 1, error: expect.stringMatching(/uuid/) }),
    ]);
  });
});
