import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../config/config.js';
import { createApp } from '../../create-app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';

// Several FIT instances on one database must sign tokens with the same key, or a token from one is refused by
// the next: an instance whose generated key differs from the one the database knows must not start.
describe('the access-token signing key shared by every instance on a database', () => {
  let database: TestDatabase;
  const folders: string[] = [];
  const apps: NestExpressApplication[] = [];
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'fit-key-'));
    chmodSync(dir, 0o755);
    folders.push(dir);
    return dir;
  };
  const start = async (dataDir: string, jwtSecret?: string) => {
    const app = await createApp({ ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), dataDir, jwtSecret }, database.url);
    apps.push(app);
    await app.init();
    return app;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close().catch(() => {});
    await database.drop();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('lets a second instance start with the same key (the same data folder or the same JWT_SECRET)', async () => {
    const first = folder();
    await start(first);
    await expect(start(first)).resolves.toBeDefined();
  });

  it('refuses a second instance whose generated key differs, naming JWT_SECRET', async () => {
    await expect(start(folder())).rejects.toThrow(/JWT_SECRET/);
  });

  it('refuses an explicit JWT_SECRET that differs from the key in use as well', async () => {
    await expect(start(folder(), 'another-secret-that-is-long-enough-for-hs256')).rejects.toThrow(/JWT_SECRET/);
  });
});
