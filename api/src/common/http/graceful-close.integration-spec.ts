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

  const ask = (token: string, query: string) =>
    fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, connection: 'close' },
      body: JSON.stringify({ query }),
    }).then(
      async (res) => ({ status: res.status, errors: ((await res.json()) as { errors?: unknown[] }).errors }),
      () => ({ status: 0, errors: undefined }), // refused once the server stopped accepting: a tablet retries
    );

  it('finishes the requests in flight before closing the database pool: no 500s', async () => {
    const token = await sut.login('manager@fit.demo');
    // The demo's background jobs done first: nothing else slows the stop, which would hide a pool closed too early.
    await jobsSettled(sut.dataSource, 60_000);
    // Each request checks its session, then reads the teams: two trips to the database, one after the other.
    const query = '{ teams { id members { id displayName } } }';
    // Hold the requests mid-flight for certain: their session check waits on a lock of the sessions table while the
    // stop begins, and the teams still need a connection of the pool once it is released. Closing the pool first (a
    // plain app.close()) fails them with 500s.
    const locker = new pg.Client({ connectionString: sut.database.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table sessions in access exclusive mode');
    const inFlight = Array.from({ length: 4 }, () => ask(token, query));
    // All four are in the server, waiting: a request refused before it arrived is a tablet's retry, not a loss.
    await waitForLockWaiters(locker, 4);
    const stopping = closeGracefully(sut.app);
    // Requests that keep arriving while the stop goes on are refused (the tablet retries), never half-served.
    let stopped = false;
    void stopping.finally(() => (stopped = true));
    const late: Promise<{ status: number; errors?: unknown[] }>[] = [];
    void (async () => {
      while (!stopped) {
        late.push(ask(token, query));
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

describe('stopping FIT while a request is stuck in the database', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.database.drop());

  it('cuts the stuck request after the grace and stops anyway: SIGTERM is never ignored', async () => {
    const token = await sut.login('manager@fit.demo');
    await jobsSettled(sut.dataSource, 60_000);
    // A lock held elsewhere for longer than any stop may wait (an operator's open transaction, a stuck migration).
    const locker = new pg.Client({ connectionString: sut.database.url });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table sessions in access exclusive mode');
    const stuck = fetch(`${sut.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ teams { id } }' }),
    }).then(
      (res) => res.status,
      () => 0,
    );
    await waitForLockWaiters(locker, 1);
    const stopping = closeGracefully(sut.app, 500);
    // A plain app.close() waits for the stuck request for ever; the stop would never end.
    const outcome = await Promise.race([stopping, sleep(15_000, 'still waiting' as const)]);
    expect(outcome).toBe('gave up waiting');
    expect(await stuck).toBe(0); // cut, not answered: nothing was acknowledged, the tablet sends it again
    await locker.query('commit');
    await locker.end();
  });
});

async function waitForLockWaiters(client: pg.Client, atLeast: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_locks where relation = 'sessions'::regclass and not granted",
    );
    if ((rows[0]?.n ?? 0) >= atLeast) return;
    await sleep(25);
  }
  throw new Error(`fewer than ${atLeast} requests waited on the sessions table`);
}
