// Boots the real API (migrations, guard, GraphQL) on a fresh database, listening on a free port.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../config/config.js';
import { createApp } from '../create-app.js';
import { seedDemo } from '../features/demo/demo-seed.js';
import { MEDIA_STORAGE } from '../features/media/media-storage.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { JobsService } from '../common/jobs/jobs.service.js';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  dataSource: DataSource;
  database: TestDatabase;
  /** This app's own FIT_DATA_DIR (media, model files), removed on close. */
  dataDir: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** `demoWork`: seed the demo's work in hand too (off by default: most tests count their own assignments). */
export async function startTestApp(options: { seed?: boolean; demoWork?: boolean; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // Media and other files of this run go to a folder of its own, removed on close.
  const dataDir = mkdtempSync(join(tmpdir(), 'fit-test-'));
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
    dataDir,
    ...options.config,
  };
  // As in production: the API connects as its own role; the owner (the cluster's admin here) migrates and grants.
  const app = await createApp(config, database.appUrl, database.url);
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  if (options.seed ?? true) await seedDemo(dataSource, { storage: app.get(MEDIA_STORAGE), dataDir, jobs: app.get(JobsService), work: options.demoWork ?? false });
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const gql: TestApp['gql'] = async (query, variables, token, headers) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };

  return {
    app,
    url,
    dataDir,
    dataSource,
    database,
    gql,
    async login(email, password = 'fit-demo') {
      const result = await gql<{ login: { accessToken: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
        { e: email, p: password },
      );
      if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
    async close() {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
