import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { DataSource } from 'typeorm';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../config/config.js';
import { createApp } from '../../create-app.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../database/embedded-postgres.js';
import { seedDemo } from '../demo/demo-seed.js';
import { MEDIA_STORAGE } from '../media/media-storage.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';

const log = pino({ level: 'silent' });

describe('a sync while PostgreSQL restarts', () => {
  let dataDir: string;
  let database: EmbeddedDatabase;
  let app: NestExpressApplication;
  let url: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fit-sync-restart-'));
    chmodSync(dataDir, 0o755);
    database = await startEmbeddedPostgres(dataDir, log);
    app = await createApp({ ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir }, database.url);
    await app.listen(0, '127.0.0.1');
    await seedDemo(app.get(DataSource), { storage: app.get(MEDIA_STORAGE), dataDir });
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing and doubles nothing: the client retries failed batches until they are stored', async () => {
    const dataSource = app.get(DataSource);
    const workerId = await addWorker(dataSource, 'Yasmine Haddad', 'yasmine@fit.demo');
    const xapi = xapiClient(url, await basicAuthFor(dataSource));
    const batches = Array.from({ length: 12 }, () =>
      Array.from({ length: 50 }, () => statementBy(workerId, VERB.attempted, 'https://w3id.org/fit/modules/restart/v/1')),
    );
    let failures = 0;
    const send = async (batch: unknown[]) => {
      for (let attempt = 0; attempt < 60; attempt++) {
        const res = await xapi('POST', '', batch).catch(() => ({ status: 0 }));
        if (res.status === 200) return;
        failures++;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('batch never stored');
    };

    for (const [index, batch] of batches.entries()) {
      if (index === 4) {
        await database.stop();
        setTimeout(() => {
          void startEmbeddedPostgres(dataDir, log, { port: database.port }).then((db) => (database = db));
        }, 1000);
      }
      await send(batch);
    }
    for (const batch of batches) await send(batch);

    expect(failures).toBeGreaterThan(0);
    const [{ n }] = await dataSource.query('select count(*)::int as n from xapi_statements');
    expect(n).toBe(600);
    const [{ attempts }] = await dataSource.query('select attempts from learning_progress where user_id = $1', [workerId]);
    expect(attempts).toBe(600);
  });
});
