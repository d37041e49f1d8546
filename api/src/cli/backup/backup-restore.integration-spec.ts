// A backup taken while a tablet keeps syncing restores, into an empty database and data folder, to a FIT with the
// same statements (a consistent snapshot: each one as it was stored), awards and media, whose credentials still
// verify and whose signing keys still open; a truncated, altered or foreign archive and a wrong passphrase are
// refused before anything is written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../../config/config.js';
import { createApp } from '../../create-app.js';
import { CredentialKeysService } from '../../features/credentials/credential-keys.service.js';
import { CredentialsIssuer } from '../../features/credentials/credentials-issuer.service.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { runBackup } from './backup.js';
import { runRestore } from './restore.js';

jest.setTimeout(300_000);

const PUBLIC_URL = 'http://fit.test';
const PASSPHRASE = 'correct horse battery staple';
const silent = pino({ level: 'silent' });

async function rows<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T & pg.QueryResultRow>(sql)).rows;
  } finally {
    await client.end();
  }
}
const count = async (url: string, table: string) => Number((await rows<{ n: string }>(url, `select count(*) as n from ${table}`))[0]!.n);

describe('backup and restore', () => {
  let sut: TestApp;
  let work: string;
  let archive: string;
  let target: TestDatabase;
  let restoredDir: string;
  let restored: NestExpressApplication | undefined;
  let credential: { id: string };
  let managerToken: string;
  let before = 0;
  let after = 0;
  let acknowledged = 0;

  beforeAll(async () => {
    sut = await startTestApp({ config: { publicUrl: PUBLIC_URL } });
    await sut.app.get(CredentialsIssuer).issuePending();
    work = mkdtempSync(join(tmpdir(), 'fit-backup-test-'));
    archive = join(work, 'fit.fitbackup');
    const [row] = await sut.dataSource.query<{ id: string }[]>('select id from issued_credentials order by issued_at limit 1');
    credential = (await (await fetch(`${sut.url}/credentials/${row!.id}`)).json()) as { id: string };
    managerToken = await sut.login('manager@fit.demo');

    // A tablet syncing the whole time the backup runs.
    const workerId = await addWorker(sut.dataSource, 'Inès Roux', 'ines@fit.demo');
    const xapi = xapiClient(sut.url, await basicAuthFor(sut.dataSource));
    let syncing = true;
    const sync = (async () => {
      while (syncing) {
        const batch = Array.from({ length: 25 }, () => statementBy(workerId, VERB.attempted, 'https://w3id.org/fit/modules/backup/v/1'));
        const res = await xapi('POST', '', batch);
        if (res.status === 200) acknowledged += batch.length;
      }
    })();
    while (acknowledged < 100) await new Promise((r) => setTimeout(r, 20));
    before = await count(sut.database.url, 'xapi_statements');
    await runBackup({ databaseUrl: sut.database.url, dataDir: sut.dataDir, file: archive, passphrase: PASSPHRASE, environmentSecrets: [] });
    after = await count(sut.database.url, 'xapi_statements');
    syncing = false;
    await sync;
    target = await createTestDatabase('fit_restore');
    restoredDir = join(work, 'restored-data');
  });
  afterAll(async () => {
    await restored?.close();
    await target?.drop();
    await sut?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const restoreInto = (file: string, options: { passphrase?: string; dataDir?: string } = {}) =>
    runRestore({ file, passphrase: options.passphrase ?? PASSPHRASE, dataDir: options.dataDir ?? restoredDir, databaseUrl: target.url, log: silent });
  const targetUntouched = async () => {
    expect(existsSync(restoredDir)).toBe(false);
    expect(await count(target.url, 'pg_tables where schemaname = \'public\'')).toBe(0);
  };
  const variant = (name: string, change: (bytes: Buffer) => Buffer) => {
    const path = join(work, name);
    writeFileSync(path, change(readFileSync(archive)));
    return path;
  };

  it('refuses a truncated archive before writing anything', async () => {
    const truncated = variant('truncated.fitbackup', (b) => b.subarray(0, Math.floor(b.length * 0.6)));
    await expect(restoreInto(truncated)).rejects.toThrow(/truncated/);
    await targetUntouched();
  });

  it('refuses an archive with one byte changed, one of another format version, and a file that is no backup', async () => {
    const altered = variant('altered.fitbackup', (b) => {
      const copy = Buffer.from(b);
      const middle = Math.floor(copy.length / 2);
      copy.writeUInt8((copy.readUInt8(middle) ^ 0xff), middle);
      return copy;
    });
    await expect(restoreInto(altered)).rejects.toThrow(/damaged/);
    const otherVersion = variant('v2.fitbackup', (b) => {
      const copy = Buffer.from(b);
      copy.writeUInt32BE(2, 'FIT-BACKUP\n'.length);
      return copy;
    });
    await expect(restoreInto(otherVersion)).rejects.toThrow(/format 2; this FIT reads format 1/);
    await expect(restoreInto(variant('other.fitbackup', () => Buffer.from('PGDMP not a FIT backup at all, just some bytes')))).rejects.toThrow(/not a FIT backup/);
    await targetUntouched();
  });

  it('refuses a wrong passphrase before writing anything', async () => {
    await expect(restoreInto(archive, { passphrase: 'not the passphrase at all' })).rejects.toThrow(/passphrase does not open this backup/);
    await targetUntouched();
  });

  it('refuses a data folder that is not empty', async () => {
    const busy = join(work, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'jwt-secret'), 'someone else');
    await expect(restoreInto(archive, { dataDir: busy })).rejects.toThrow(/not empty/);
    expect(readFileSync(join(busy, 'jwt-secret'), 'utf8')).toBe('someone else');
    await targetUntouched();
  });

  it('restores the snapshot taken under a running sync: same statements, awards and media, files and secrets', async () => {
    expect(after).toBeGreaterThan(before);
    await restoreInto(archive);
    const restoredCount = await count(target.url, 'xapi_statements');
    // A consistent snapshot: somewhere between the counts seen before and after the backup, each statement intact.
    expect(restoredCount).toBeGreaterThanOrEqual(before);
    expect(restoredCount).toBeLessThanOrEqual(after);
    const restoredHashes = await rows<{ id: string; content_hash: string }>(target.url, 'select id, content_hash from xapi_statements order by id');
    const sourceHashes = new Map(
      (await rows<{ id: string; content_hash: string }>(sut.database.url, 'select id, content_hash from xapi_statements')).map((r) => [r.id, r.content_hash]),
    );
    expect(restoredHashes.every((r) => sourceHashes.get(r.id) === r.content_hash)).toBe(true);
    for (const table of ['qualification_awards', 'issued_credentials', 'media_assets', 'users', 'credential_keys']) {
      expect([table, await count(target.url, table)]).toEqual([table, await count(sut.database.url, table)]);
    }
    // Every media row has its bytes, and the secrets came back byte for byte.
    const assets = await rows<{ id: string }>(target.url, 'select id from media_assets');
    expect(assets.length).toBeGreaterThan(0);
    for (const { id } of assets) expect(statSync(join(restoredDir, 'media', id.slice(0, 2), id)).size).toBeGreaterThan(0);
    expect(readFileSync(join(restoredDir, 'credentials-key'), 'utf8')).toBe(readFileSync(join(sut.dataDir, 'credentials-key'), 'utf8'));
    expect(statSync(join(restoredDir, 'credentials-key')).mode & 0o077).toBe(0);
    expect(readdirSync(work).filter((n) => n.includes('.restoring-'))).toEqual([]);
  });

  it('brings FIT back on the restored data: a credential issued before the backup verifies, keys open, tokens hold', async () => {
    const config: AppConfig = {
      ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      jwtSecret: 'test-secret-that-is-long-enough-for-hs256-signing',
      dataDir: restoredDir,
      publicUrl: PUBLIC_URL,
    };
    restored = await createApp(config, target.appUrl, target.url);
    await restored.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(restored.getHttpServer().address() as { port: number }).port}`;
    const verdict = (await (
      await fetch(`${url}/credentials/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credential) })
    ).json()) as { verdict: string };
    expect(verdict.verdict).toBe('valid');
    // The organisation's signing key (encrypted at rest with the restored credentials key) still opens.
    const db = restored.get(DataSource);
    const [org] = await db.query<{ id: string; slug: string; name: string }[]>("select id, slug, name from organisations where slug = 'demo'");
    await expect(restored.get(CredentialKeysService).signingKey(org!, db.manager)).resolves.toBeDefined();
    // An access token issued before the backup is still good.
    const me = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${managerToken}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(((await me.json()) as { data: { me: { email: string } } }).data.me.email).toBe('manager@fit.demo');
  });
});
