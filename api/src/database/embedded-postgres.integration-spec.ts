import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { withDatabase } from '../cli/database.js';
import { startEmbeddedTestApp, type EmbeddedTestApp } from '../test-support/embedded-test-app.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { querySingle } from '../common/sql.js';

async function health(url: string): Promise<{ status: number; body: { database?: string } }> {
  const res = await fetch(`${url}/health`);
  return { status: res.status, body: (await res.json()) as { database?: string } };
}

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  let last = await probe();
  while (!accept(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    last = await probe();
  }
  return last;
}

describe('the embedded PostgreSQL used when DATABASE_URL is unset', () => {
  let sut: EmbeddedTestApp;
  let url: string;

  beforeAll(async () => {
    sut = await startEmbeddedTestApp();
    url = sut.url;
  });
  afterAll(() => sut?.close());

  it('runs a real PostgreSQL that the API migrates and seeds', async () => {
    expect(await health(url)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', database: 'up' }) });
    const { version } = await querySingle<{ version: string }>(sut.dataSource, 'select version()');
    expect(version).toMatch(/^PostgreSQL \d+/);
  });

  it('reports the database as down while it is stopped, and recovers by itself when it is back, data intact', async () => {
    const signIn = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "manager@fit.demo", password: "fit-demo") { accessToken } }' }),
    });
    const managerToken = ((await signIn.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    const demoAccounts = "select count(*) as n from users where email like '%@fit.demo'";
    const before = Number((await querySingle<{ n: string }>(sut.dataSource, demoAccounts)).n);
    expect(before).toBeGreaterThan(0);
    await sut.stopDatabase();
    const down = await eventually(() => health(url), (h) => h.status === 503);
    expect(down).toEqual({ status: 503, body: expect.objectContaining({ status: 'degraded', database: 'down' }) });
    // Meanwhile requests are told to retry (503 / SERVICE_UNAVAILABLE), not given a bare 500.
    const pack = await fetch(`${url}/site-pack`, { headers: { 'x-device-token': 'fit-demo-tablet-les-tilleuls-0123456789abcdef' } });
    expect(pack.status).toBe(503);
    expect(pack.headers.get('retry-after')).toBe('2');
    expect(await pack.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    const teams = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${managerToken}` },
      body: JSON.stringify({ query: '{ teams { id } }' }),
    });
    expect(((await teams.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');

    await sut.startDatabase();
    const up = await eventually(() => health(url), (h) => h.status === 200);
    expect(up.body.database).toBe('up');
    const { n } = await querySingle<{ n: string }>(sut.dataSource, demoAccounts);
    expect(Number(n)).toBe(before);
  });
});

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

describe('the embedded PostgreSQL of a running FIT', () => {
  const log = pino({ level: 'silent' });
  let dataDir: string;
  let running: EmbeddedDatabase;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fit-embedded-owner-'));
    chmodSync(dataDir, 0o755);
    running = await startEmbeddedPostgres(dataDir, log);
  });
  afterAll(async () => {
    await running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is used, and left running, by an `npm run fit` command on the same data folder', async () => {
    const saved = { FIT_DATA_DIR: process.env.FIT_DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    process.env.FIT_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    try {
      const port = await withDatabase(async (ds) => Number((await querySingle<{ port: string }>(ds, "select current_setting('port') as port")).port));
      expect(port).toBe(running.port);
    } finally {
      Object.assign(process.env, saved);
      if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
      if (saved.FIT_DATA_DIR === undefined) delete process.env.FIT_DATA_DIR;
    }
    expect(await answers(running.url)).toBe(true);
  });

  it('refuses a second FIT on the same data folder instead of stopping the first one\'s database', async () => {
    const ownerPath = join(dataDir, 'embedded-postgres.owner.json');
    const mine = readFileSync(ownerPath, 'utf8');
    expect(JSON.parse(mine)).toEqual({ pid: process.pid, port: running.port });
    // As seen from a second FIT: the owner is another live process (pid 1 is always alive).
    writeFileSync(ownerPath, JSON.stringify({ pid: 1, port: running.port }));
    try {
      await expect(startEmbeddedPostgres(dataDir, log)).rejects.toThrow(/Another FIT \(process 1\) is running on .* set DATABASE_URL/);
    } finally {
      writeFileSync(ownerPath, mine);
    }
    expect(await answers(running.url)).toBe(true);
  });

  it('is started again by the FIT that runs it when its postmaster is killed', async () => {
    running.supervise(200);
    const pid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    expect(await eventually(() => answers(running.url), (ok) => !ok, 5)).toBe(false);
    expect(await eventually(() => answers(running.url), (ok) => ok, 30)).toBe(true);
  });
});
