// The default install (embedded PostgreSQL, no client tools of its version at hand): a backup copies the running
// cluster online with its WAL while a tablet syncs, and the restore into an empty data folder replays it to a
// database with a consistent snapshot of the statements, the same awards and media, and the same secrets.
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import pino from 'pino';
import { startEmbeddedPostgres } from '../../database/embedded-postgres.js';
import { startEmbeddedTestApp, type EmbeddedTestApp } from '../../test-support/embedded-test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { readArchive } from './archive-format.js';
import { runBackup } from './backup.js';
import { runRestore } from './restore.js';

jest.setTimeout(300_000);

const PASSPHRASE = 'correct horse battery staple';
const silent = pino({ level: 'silent' });

async function counts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, number> = {};
    for (const table of ['xapi_statements', 'qualification_awards', 'issued_credentials', 'media_assets', 'users']) {
      out[table] = Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);
    }
    return out;
  } finally {
    await client.end();
  }
}

describe('backup and restore of the embedded cluster', () => {
  let sut: EmbeddedTestApp;
  let work: string;
  let archive: string;
  let before: Record<string, number>;
  let after: Record<string, number>;

  beforeAll(async () => {
    sut = await startEmbeddedTestApp();
    work = mkdtempSync(join(tmpdir(), 'fit-backup-embedded-'));
    // The restored cluster runs as the OS user postgres when we are root: it must reach its folder (README, embedded).
    chmodSync(work, 0o755);
    archive = join(work, 'fit.fitbackup');
    const workerId = await addWorker(sut.dataSource, 'Inès Roux', 'ines@fit.demo');
    const xapi = xapiClient(sut.url, await basicAuthFor(sut.dataSource));
    let syncing = true;
    let acknowledged = 0;
    const sync = (async () => {
      while (syncing) {
        const batch = Array.from({ length: 25 }, () => statementBy(workerId, VERB.attempted, 'https://w3id.org/fit/modules/backup/v/1'));
        if ((await xapi('POST', '', batch)).status === 200) acknowledged += batch.length;
      }
    })();
    while (acknowledged < 100) await new Promise((r) => setTimeout(r, 20));
    before = await counts(sut.ownerUrl);
    await runBackup({
      databaseUrl: sut.ownerUrl,
      dataDir: sut.dataDir,
      file: archive,
      passphrase: PASSPHRASE,
      environmentSecrets: [],
      embeddedCluster: join(sut.dataDir, 'pg'),
      method: 'cluster',
    });
    after = await counts(sut.ownerUrl);
    syncing = false;
    await sync;
  });
  afterAll(async () => {
    await sut?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('restores into an empty data folder a cluster that starts, with a consistent snapshot of what was there', async () => {
    const { header, entries } = await readArchive(archive);
    expect(header.postgres.kind).toBe('cluster');
    expect(entries.some((e) => e.name === 'cluster/backup_label')).toBe(true);
    const restoredDir = join(work, 'restored');
    await runRestore({ file: archive, passphrase: PASSPHRASE, dataDir: restoredDir, log: silent });
    expect(readdirSync(work).filter((n) => n.includes('.restoring-'))).toEqual([]);
    expect(readFileSync(join(restoredDir, 'credentials-key'), 'utf8')).toBe(readFileSync(join(sut.dataDir, 'credentials-key'), 'utf8'));
    expect(existsSync(join(restoredDir, 'pg', 'backup_label'))).toBe(false);

    const db = await startEmbeddedPostgres(restoredDir, silent);
    try {
      const restored = await counts(db.ownerUrl);
      expect(restored.xapi_statements).toBeGreaterThanOrEqual(before.xapi_statements!);
      expect(restored.xapi_statements).toBeLessThanOrEqual(after.xapi_statements!);
      for (const table of ['qualification_awards', 'issued_credentials', 'media_assets', 'users']) expect([table, restored[table]]).toEqual([table, after[table]]);
      // The API's own role signs in with the restored settings, and every media row has its file.
      const app = new pg.Client({ connectionString: db.url });
      await app.connect();
      const ids = (await app.query<{ id: string }>('select id from media_assets')).rows;
      await app.end();
      for (const { id } of ids) expect(statSync(join(restoredDir, 'media', id.slice(0, 2), id)).size).toBeGreaterThan(0);
    } finally {
      await db.stop();
    }
  });

  it('refuses to restore a cluster copy into an external database', async () => {
    await expect(
      runRestore({ file: archive, passphrase: PASSPHRASE, dataDir: join(work, 'elsewhere'), databaseUrl: 'postgres://postgres@127.0.0.1:5432/postgres', log: silent }),
    ).rejects.toThrow(/embedded PostgreSQL \d+ cluster/);
    expect(existsSync(join(work, 'elsewhere'))).toBe(false);
  });
});
