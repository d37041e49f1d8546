// `npm run fit -- restore FILE`: checks the whole archive (format version, structure, checksum, passphrase) before it
// touches anything, then builds the restored data folder beside the target as a staging folder, restores the database
// in one transaction (the embedded one: into a new cluster inside the staging folder), and only then moves the
// staging folder into place. A failure at any step leaves the target as it was: empty.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import { startEmbeddedPostgres } from '../../database/embedded-postgres.js';
import { extractEntry, headerBinding, readArchive, BackupFileError, type ArchiveEntry } from './archive-format.js';
import { CLUSTER_PREFIX, DUMP_ENTRY, FILES_PREFIX, withClient, withoutPassword } from './backup.js';
import { CLUSTER_SETTINGS_FILE, safeRelativePath, SECRET_FILES } from './data-folder.js';
import { embeddedServerMajor, findPgTool } from './pg-tools.js';
import { openSecrets } from './secrets-box.js';

const run = promisify(execFile);

export interface RestoreOptions {
  file: string;
  passphrase: string;
  dataDir: string;
  /** The target database's owner connection; unset: a new embedded cluster inside dataDir. */
  databaseUrl?: string;
  log: Logger;
}

export interface RestoreSummary {
  files: number;
  seconds: number;
  /** Secrets the backed-up FIT took from its environment: start the restored one with the same values. */
  environmentSecrets: string[];
}

export async function runRestore(options: RestoreOptions): Promise<RestoreSummary> {
  const started = Date.now();
  // 1. Everything about the archive is checked before anything is written.
  const { header, entries } = await readArchive(options.file);
  const secrets = await openSecrets(header.secrets, options.passphrase, headerBinding(header));
  const cluster = header.postgres.kind === 'cluster';
  const dump = entries.find((e) => e.name === DUMP_ENTRY);
  if (!cluster && !dump) throw new BackupFileError(`${options.file} holds no database dump. Nothing was restored.`);
  const files = entries.filter((e) => e.name.startsWith(FILES_PREFIX) && !e.directory);
  const clusterEntries = entries.filter((e) => e.name.startsWith(CLUSTER_PREFIX));
  for (const entry of files) {
    if (!safeRelativePath(entry.name.slice(FILES_PREFIX.length))) throw new BackupFileError(`${options.file} names a file outside the data folder (${entry.name}). Nothing was restored.`);
  }
  for (const entry of clusterEntries) {
    if (!safeRelativePath(entry.name.slice(CLUSTER_PREFIX.length), { cluster: true })) throw new BackupFileError(`${options.file} names a file outside the data folder (${entry.name}). Nothing was restored.`);
  }
  if (cluster) {
    if (options.databaseUrl) {
      throw new Error(
        `${options.file} holds the embedded PostgreSQL ${header.postgres.serverMajor} cluster of a FIT without DATABASE_URL: restore it the same way (unset DATABASE_URL), into an empty FIT_DATA_DIR. Nothing was restored.`,
      );
    }
    const embeddedMajor = await embeddedServerMajor();
    if (embeddedMajor !== header.postgres.serverMajor) {
      throw new Error(
        `${options.file} holds a PostgreSQL ${header.postgres.serverMajor} cluster, and this FIT's embedded PostgreSQL is ${embeddedMajor ?? 'missing'}: restore it with the FIT version that made it. Nothing was restored.`,
      );
    }
  }
  // 2. The targets must be empty: a restore never mixes with or replaces live data.
  const target = resolve(options.dataDir);
  await mustBeEmptyFolder(target);
  if (options.databaseUrl) await mustBeEmptyDatabase(options.databaseUrl);

  // 3. Stage: the data folder's files and secrets, then the database.
  const staging = join(dirname(target), `${basename(target)}.restoring-${randomBytes(4).toString('hex')}`);
  await mkdir(staging, { recursive: true, mode: 0o755 });
  try {
    for (const entry of files) {
      const destination = join(staging, safeRelativePath(entry.name.slice(FILES_PREFIX.length))!);
      await mkdir(dirname(destination), { recursive: true });
      await extractEntry(options.file, entry, destination);
    }
    for (const [name, value] of Object.entries(secrets)) {
      if (name in SECRET_FILES) await writeFile(join(staging, name), value, { mode: 0o600 });
    }
    if (cluster) {
      await writeFile(join(staging, CLUSTER_SETTINGS_FILE), secrets[CLUSTER_SETTINGS_FILE] ?? '', { mode: 0o600 });
      await extractCluster(options.file, clusterEntries, join(staging, 'pg'));
      // Started once here: PostgreSQL replays the WAL of the backup, and the database must answer before the switch.
      const embedded = await startEmbeddedPostgres(staging, options.log);
      try {
        await withClient(embedded.ownerUrl, (client) => client.query<{ count: string }>('select count(*) from migrations'));
      } finally {
        await embedded.stop();
      }
    } else if (options.databaseUrl) {
      await restoreDump(options.file, dump!, header.postgres.dumpMajor!, options.databaseUrl, staging);
    } else {
      const embedded = await startEmbeddedPostgres(staging, options.log);
      try {
        await restoreDump(options.file, dump!, header.postgres.dumpMajor!, embedded.ownerUrl, staging);
      } finally {
        await embedded.stop();
      }
    }
    // 4. Switch: the staging folder becomes the data folder.
    if (existsSync(target)) await rmdir(target);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { files: files.length, seconds: (Date.now() - started) / 1000, environmentSecrets: header.environmentSecrets };
}

/** The cluster's folders and files, private to the server's OS user as PostgreSQL requires. */
async function extractCluster(file: string, entries: ArchiveEntry[], clusterDir: string): Promise<void> {
  await mkdir(clusterDir, { mode: 0o700 });
  for (const entry of entries) {
    const path = join(clusterDir, safeRelativePath(entry.name.slice(CLUSTER_PREFIX.length), { cluster: true })!);
    if (entry.directory) {
      await mkdir(path, { recursive: true, mode: 0o700 });
    } else {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      await extractEntry(file, entry, path);
    }
  }
  // As root, the embedded PostgreSQL runs as the OS user `postgres` (see embedded-postgres.ts): it must own its files.
  if (userInfo().uid === 0) await run('chown', ['-R', 'postgres:postgres', clusterDir]);
}

/** pg_restore in a single transaction: the database gets all of the dump or none of it. */
async function restoreDump(file: string, dump: ArchiveEntry, dumpMajor: number, databaseUrl: string, workDir: string): Promise<void> {
  // pg_restore reads what its own or an older pg_dump wrote; the dump's own version speaks the server's SQL best.
  const pgRestore = await findPgTool('pg_restore', dumpMajor);
  const dumpFile = join(workDir, `.${DUMP_ENTRY}`);
  await extractEntry(file, dump, dumpFile);
  const { url, env } = withoutPassword(databaseUrl);
  try {
    // Objects belong to whoever restores (the schema's owner); FIT grants its API role its rights at start.
    await run(pgRestore.path, ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', '--dbname', url, dumpFile], {
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`pg_restore failed, the database is left as it was: ${stderr || (error as Error).message}`, { cause: error });
  } finally {
    await rm(dumpFile, { force: true });
  }
}

async function mustBeEmptyFolder(path: string): Promise<void> {
  const entries = await readdir(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0) {
    throw new Error(`${path} is not empty. Restore into a new, empty data folder (FIT_DATA_DIR); nothing was changed.`);
  }
}

async function mustBeEmptyDatabase(databaseUrl: string): Promise<void> {
  const [row] = await withClient(databaseUrl, async (client) =>
    (
      await client.query<{ tables: string; boss: boolean }>(
        `select (select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')) as tables,
                exists (select 1 from pg_namespace where nspname = 'pgboss') as boss`,
      )
    ).rows,
  );
  if (Number(row!.tables) > 0 || row!.boss) {
    throw new Error('The target database is not empty. Restore into a new, empty database; nothing was changed.');
  }
}
