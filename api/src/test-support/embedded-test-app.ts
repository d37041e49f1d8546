// The real API on its own embedded PostgreSQL, for tests that stop and restart the database under it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/config.js';
import { createApp } from '../create-app.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../database/embedded-postgres.js';
import { seedDemo } from '../features/demo/demo-seed.js';
import { MEDIA_STORAGE } from '../features/media/media-storage.js';
import { JobsService } from '../common/jobs/jobs.service.js';

const log = pino({ level: 'silent' });

export interface EmbeddedTestApp {
  app: NestExpressApplication;
  url: string;
  dataDir: string;
  dataSource: DataSource;
  /** The cluster's superuser (the owner's connection). */
  ownerUrl: string;
  stopDatabase(): Promise<void>;
  /** Starts PostgreSQL again on the same port and data, as after a crash or a maintenance restart. */
  startDatabase(): Promise<void>;
  close(): Promise<void>;
}

export async function startEmbeddedTestApp(): Promise<EmbeddedTestApp> {
  // Under /tmp with 0755, as PostgreSQL runs as the unprivileged postgres user when we are root.
  const dataDir = mkdtempSync(join(tmpdir(), 'fit-embedded-'));
  chmodSync(dataDir, 0o755);
  let database: EmbeddedDatabase | undefined = await startEmbeddedPostgres(dataDir, log);
  const port = database.port;
  const app = await createApp({ ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir }, database.url, database.ownerUrl);
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  await seedDemo(dataSource, { storage: app.get(MEDIA_STORAGE), dataDir, jobs: app.get(JobsService), work: false });
  return {
    app,
    dataDir,
    dataSource,
    ownerUrl: database.ownerUrl,
    url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`,
    async stopDatabase() {
      await database?.stop();
      database = undefined;
    },
    async startDatabase() {
      database = await startEmbeddedPostgres(dataDir, log, { port });
    },
    async close() {
      await app.close();
      await database?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
