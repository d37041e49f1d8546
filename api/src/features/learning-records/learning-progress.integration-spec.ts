import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { querySingle } from '../../common/sql.js';

const MODULE = 'https://w3id.org/fit/modules/etics/v/1';
const PROGRESS = '{ myLearningProgress { activityId attempts completedAt passedAt bestScore trainingSeconds } }';

describe('progress derived from the ledger, and who may write what', () => {
  let sut: TestApp;
  let workerId: string;
  let workerToken: string;
  let asWorker: ReturnType<typeof xapiClient>;

  beforeAll(async () => {
    sut = await startTestApp();
    workerId = await addWorker(sut.dataSource, 'Lucas Martin', 'lucas@fit.demo');
    workerToken = await sut.login('lucas@fit.demo');
    asWorker = xapiClient(sut.url, `Bearer ${workerToken}`);
  });
  afterAll(() => sut.close());

  it("derives completion, best score and training time from a worker's own statements", async () => {
    const res = await asWorker('POST', '', [
      statementBy(workerId, VERB.attempted, MODULE),
      statementBy(workerId, VERB.completed, MODULE, { result: { completion: true, duration: 'PT6M' } }),
      statementBy(workerId, VERB.passed, MODULE, { result: { success: true, score: { scaled: 0.8 } } }),
    ]);
    expect(res.status).toBe(200);
    const progress = await sut.gql<{ myLearningProgress: Record<string, unknown>[] }>(PROGRESS, {}, workerToken);
    expect(progress.data?.myLearningProgress).toEqual([
      { activityId: MODULE, attempts: 1, completedAt: expect.any(String), passedAt: expect.any(String), bestScore: 0.8, trainingSeconds: 360 },
    ]);
  });

  it('recomputes progress when the statement behind it is voided', async () => {
    const activity = 'https://w3id.org/fit/modules/attic/v/1';
    const better = statementBy(workerId, VERB.passed, activity, { result: { success: true, score: { scaled: 0.9 } } });
    await asWorker('POST', '', [statementBy(workerId, VERB.passed, activity, { result: { success: true, score: { scaled: 0.6 } } }), better]);
    await asWorker('POST', '', statementBy(workerId, VERB.voided, activity, { object: { objectType: 'StatementRef', id: better.id } }));
    const progress = await sut.gql<{ myLearningProgress: { activityId: string; bestScore: number }[] }>(PROGRESS, {}, workerToken);
    expect(progress.data?.myLearningProgress.find((p) => p.activityId === activity)?.bestScore).toBe(0.6);
  });

  it('corrects event times by the clock skew the device reports, and records the skew', async () => {
    const activity = 'https://w3id.org/fit/modules/skew/v/1';
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const s = statementBy(workerId, VERB.completed, activity, { timestamp: hourAgo });
    await asWorker('POST', '', s, { 'x-fit-device-time': hourAgo, 'x-fit-device-id': 'tablet-1' });
    const row = await querySingle<{ clock_skew_ms: string | null; source: string; device_id: string | null }>(sut.dataSource, 'select clock_skew_ms, source, device_id from xapi_statements where id = $1', [s.id]);
    expect(row.clock_skew_ms).toBeGreaterThan(3_590_000);
    expect(row).toMatchObject({ source: 'device', device_id: 'tablet-1' });
    const progress = await sut.gql<{ myLearningProgress: { activityId: string; completedAt: string }[] }>(PROGRESS, {}, workerToken);
    const completedAt = Date.parse(progress.data!.myLearningProgress.find((p) => p.activityId === activity)!.completedAt);
    expect(Math.abs(completedAt - Date.now())).toBeLessThan(60_000);
  });

  it('refuses a worker recording a statement about someone else', async () => {
    const colleague = await addWorker(sut.dataSource, 'Inès Moreau', 'ines@fit.demo');
    const res = await asWorker('POST', '', statementBy(colleague, VERB.completed, MODULE));
    expect(res.status).toBe(403);
  });

  it('shows a worker only their own statements', async () => {
    const colleague = await addWorker(sut.dataSource, 'Paul Girard', 'paul@fit.demo');
    const client = xapiClient(sut.url, await basicAuthFor(sut.dataSource));
    await client('POST', '', statementBy(colleague, VERB.completed, MODULE));
    const res = await asWorker<{ statements: { actor: { account: { name: string } } }[] }>('GET', '?limit=500');
    expect(res.body.statements.length).toBeGreaterThan(0);
    expect(new Set(res.body.statements.map((s) => s.actor.account.name))).toEqual(new Set([workerId]));
  });

  it('stores each statement once when two tablets sync overlapping batches at the same time', async () => {
    const activity = 'https://w3id.org/fit/modules/concurrent/v/1';
    const batch = Array.from({ length: 200 }, () => statementBy(workerId, VERB.attempted, activity));
    const tabletA = xapiClient(sut.url, `Bearer ${workerToken}`);
    const tabletB = xapiClient(sut.url, `Bearer ${await sut.login('lucas@fit.demo')}`);
    const results = await Promise.all([
      tabletA('POST', '', batch.slice(0, 150)),
      tabletB('POST', '', batch.slice(50)),
      tabletA('POST', '', batch),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const { n } = await querySingle<{ n: number }>(sut.dataSource, 'select count(*)::int as n from xapi_statements where object_id = $1', [activity]);
    expect(n).toBe(200);
    const progress = await sut.gql<{ myLearningProgress: { activityId: string; attempts: number }[] }>(PROGRESS, {}, workerToken);
    expect(progress.data?.myLearningProgress.find((p) => p.activityId === activity)?.attempts).toBe(200);
  });
});
