import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { jobsSettled } from '../../test-support/jobs-settled.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { closeGracefully } from './graceful-close.js';

describe('stopping FIT under load', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.database.drop());

  it('finishes the requests in flight before closing the database pool: no 500s', async () => {
    const token = await sut.login('manager@fit.demo');
    // The demo's background jobs done first: nothing else slows the stop, which would hide a pool closed too early.
    await jobsSettled(sut.dataSource, 60_000);
    // Each request reads the session, then the teams, then their members: three trips to the database.
    const query = JSON.stringify({ query: '{ me { id } teams { id members { id displayName } } }' });
    // Hold the requests mid-flight for certain: they wait on a lock of the teams table while the stop begins, and
    // still need the pool once it is released. Closing the pool first would fail them.
    const locker = new pg.Client({ connectionString: sut.database.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table teams in access exclusive mode');
    const ask = () =>
      fetch(`${sut.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
        body: query,
      }).then(
        async (res) => ({ status: res.status, errors: ((await res.json()) as { errors?: unknown[] }).errors }),
        () => ({ status: 0, errors: undefined }), // refused once the server stopped accepting: a tablet retries
      );
    const inFlight = Array.from({ length: 4 }, ask);
    await waitForLockWaiters(locker, 1);
    const stopping = closeGracefully(sut.app);
    // Requests that keep arriving while the stop goes on are refused (the tablet retries), never half-served.
    let stopped = false;
    void stopping.finally(() => (stopped = true));
    const late: Promise<{ status: number; errors?: unknown[] }>[] = [];
    void (async () => {
      while (!stopped) {
        late.push(ask());
        await sleep(20);
      }
    })();
    // Let the stop go as far as it will without these requests (closing the pool now would fail them), within the
    // pool's 3 s wait for a connection.
    for (let waited = 0; waited < 2_000 && sut.dataSource.isInitialized; waited += 50) await sleep(50);
    await locker.query('commit');
    await locker.end();
    await stopping;
    const answers = await Promise.all(inFlight);
    expect(answers.filter((a) => a.status !== 200 || a.errors)).toEqual([]);
    expect((await Promise.all(late)).filter((a) => a.status !== 0 && (a.status !== 200 || a.errors))).toEqual([]);
  });
});

async function waitForLockWaiters(client: pg.Client, atLeast: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_locks where relation = 'teams'::regclass and not granted",
    );
    if ((rows[0]?.n ?? 0) >= atLeast) return;
    await sleep(25);
  }
  throw new Error(`fewer than ${atLeast} requests waited on the teams table`);
}
