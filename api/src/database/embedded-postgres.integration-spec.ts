import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../config/config.js';
import { createApp } from '../create-app.js';
import { seedDemo } from '../features/demo/demo-seed.js';
import { MEDIA_STORAGE } from '../features/media/media-storage.js';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

const log = pino({ level: 'silent' });

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
  let dataDir: string;
  let database: EmbeddedDatabase;
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    // Under /tmp with 0755, as PostgreSQL runs as the unprivileged postgres user when we are root.
    dataDir = mkdtempSync(join(tmpdir(), 'fit-embedded-'));
    chmodSync(dataDir, 0o755);
    database = await startEmbeddedPostgres(dataDir, log);
    const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir };
    app = await createApp(config, database.url);
    await app.listen(0, '127.0.0.1');
    await seedDemo(app.get(DataSource), { storage: app.get(MEDIA_STORAGE), dataDir });
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs a real PostgreSQL that the API migrates and seeds', async () => {
    expect(await health(url)).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', database: 'up' }) });
    const [{ version }] = await app.get(DataSource).query<{ version: string }[]>('select version()');
    expect(version).toMatch(/^PostgreSQL \d+/);
  });

  it('reports the database as down while it is stopped, and recovers by itself when it is back, data intact', async () => {
    await database.stop();
    const down = await eventually(() => health(url), (h) => h.status === 503);
    expect(down).toEqual({ status: 503, body: expect.objectContaining({ status: 'degraded', database: 'down' }) });

    database = await startEmbeddedPostgres(dataDir, log, { port: database.port });
    const up = await eventually(() => health(url), (h) => h.status === 200);
    expect(up.body.database).toBe('up');
    const [{ n }] = await app.get(DataSource).query<{ n: string }[]>(
      "select count(*) as n from users where email like '%@fit.demo'",
    );
    expect(Number(n)).toBe(3);
  });
});
