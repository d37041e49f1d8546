// `npm run fit -- backup FILE`: a consistent dump of the database (pg_dump's snapshot, so FIT keeps running and
// syncing), then the data folder's files (copied after the dump, so every file a dumped row names is there), and the
// data folder's secrets sealed with the operator's passphrase, in one archive (see archive-format.ts).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { ArchiveWriter, FORMAT_VERSION, headerBinding, type ArchiveHeader } from './archive-format.js';
import { dataFiles, readSecretFiles } from './data-folder.js';
import { CLUSTER_PREFIX, copyClusterOnline } from './cluster-copy.js';
import { findPgTool, serverMajor, type FoundTool } from './pg-tools.js';
import { sealSecrets } from './secrets-box.js';

const run = promisify(execFile);

export const DUMP_ENTRY = 'database.dump';
export const FILES_PREFIX = 'files/';
export { CLUSTER_PREFIX };

export interface BackupOptions {
  /** The schema owner's connection (it can read every table, the job queue's included). */
  databaseUrl: string;
  dataDir: string;
  file: string;
  passphrase: string;
  /** Which secrets the environment gives (JWT_SECRET, CREDENTIALS_KEY): noted in the archive, not stored. */
  environmentSecrets: string[];
  /** The embedded cluster's folder (FIT_DATA_DIR/pg) when FIT runs the embedded PostgreSQL. */
  embeddedCluster?: string;
  /** `cluster`: copy the embedded cluster even when a pg_dump would fit (tests of that path). */
  method?: 'auto' | 'cluster';
}

export interface BackupSummary {
  file: string;
  bytes: number;
  files: number;
  seconds: number;
}

export async function runBackup(options: BackupOptions): Promise<BackupSummary> {
  const started = Date.now();
  const major = await withClient(options.databaseUrl, (client) => serverMajor(async (sql) => (await client.query<{ v: string }>(sql)).rows));
  // pg_dump when one fits the server; for the embedded cluster without one, an online copy of the cluster.
  let pgDump: FoundTool | undefined;
  try {
    if (options.method !== 'cluster' || !options.embeddedCluster) pgDump = await findPgTool('pg_dump', major);
  } catch (error) {
    if (!options.embeddedCluster) throw error;
  }
  const createdAt = new Date().toISOString();
  const binding = headerBinding({ format: FORMAT_VERSION, createdAt });
  const secrets = await readSecretFiles(options.dataDir, { withClusterSettings: !pgDump });
  const header: ArchiveHeader = {
    format: FORMAT_VERSION,
    createdAt,
    postgres: pgDump ? { kind: 'dump', serverMajor: major, dumpMajor: pgDump.major } : { kind: 'cluster', serverMajor: major },
    secrets: await sealSecrets(secrets, options.passphrase, binding),
    environmentSecrets: options.environmentSecrets,
  };
  const work = await mkdtemp(join(tmpdir(), 'fit-backup-'));
  const writer = await ArchiveWriter.create(options.file, header);
  try {
    if (pgDump) {
      const dump = join(work, DUMP_ENTRY);
      await pgDumpTo(pgDump.path, options.databaseUrl, dump);
      await writer.addFile(DUMP_ENTRY, dump);
      await rm(dump, { force: true });
    } else {
      await copyClusterOnline(options.databaseUrl, options.embeddedCluster!, writer);
    }
    // After the dump: a file added meanwhile is carried too (harmless), a file the dump names is never missing.
    const files = await dataFiles(options.dataDir, [options.file, `${options.file}.partial`]);
    let copied = 0;
    for (const rel of files) {
      try {
        await writer.addFile(FILES_PREFIX + rel, join(options.dataDir, rel));
        copied += 1;
      } catch (error) {
        // Removed since the listing (an upload finished and its parts went): it is not in the dump either.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    const bytes = await writer.finish();
    return { file: options.file, bytes, files: copied, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await writer.abandon();
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** pg_dump's custom format (compressed; pg_restore reads it), with the password passed outside the command line. */
async function pgDumpTo(pgDump: string, databaseUrl: string, file: string): Promise<void> {
  const { url, env } = withoutPassword(databaseUrl);
  try {
    await run(pgDump, ['--format=custom', '--file', file, '--dbname', url], { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`pg_dump failed: ${stderr || (error as Error).message}`, { cause: error });
  }
}

/** The URL without its password, and an environment that gives it to libpq (PGPASSWORD) instead. */
export function withoutPassword(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
