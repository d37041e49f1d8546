import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmbeddedTestApp, type EmbeddedTestApp } from '../test-support/embedded-test-app.js';

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
    const [{ version }] = await sut.dataSource.query<{ version: string }[]>('select version()');
    expect(version).toMatch(/^PostgreSQL \d+/);
  });

  it('reports the database as down while it is stopped, and recovers by itself when it is back, data intact', async () => {
    await sut.stopDatabase();
    const down = await eventually(() => health(url), (h) => h.status === 503);
    expect(down).toEqual({ status: 503, body: expect.objectContaining({ status: 'degraded', database: 'down' }) });

    await sut.startDatabase();
    const up = await eventually(() => health(url), (h) => h.status === 200);
    expect(up.body.database).toBe('up');
    const [{ n }] = await sut.dataSource.query<{ n: string }[]>(
      "select count(*) as n from users where email like '%@fit.demo'",
    );
    expect(Number(n)).toBe(3);
  });
});
