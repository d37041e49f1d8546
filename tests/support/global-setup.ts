// Starts the built FIT server on a fresh PostgreSQL database for the e2e run, and removes both afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outputDir = join(repoRoot, 'tests', 'output');
const serverLog = join(outputDir, 'server.log');
const adminUrl = process.env.FIT_E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REQUIRED_BUILD = ['api/dist/main.js', 'web/dist/index.html', 'web/dist/sw.js'];

export default async function globalSetup(): Promise<() => Promise<void>> {
  const missing = REQUIRED_BUILD.filter((path) => !existsSync(join(repoRoot, path)));
  if (missing.length > 0) {
    throw new Error(
      `The e2e tests run against the built app, and ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing. ` +
        'Run `npm run build` first.',
    );
  }
  mkdirSync(outputDir, { recursive: true });

  const database = `fit_e2e_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${database}`).catch((error: unknown) => {
    throw new Error(
      `Cannot create the e2e database on ${adminUrl} (is PostgreSQL running? ` +
        `\`pg_ctlcluster --skip-systemctl-redirect 15 main start\`): ${error instanceof Error ? error.message : error}`,
    );
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'fit-e2e-'));
  chmodSync(dataDir, 0o755);
  let server: ChildProcess | undefined;
  let contentProxy: Server | undefined;

  const teardown = async () => {
    contentProxy?.close();
    if (server) await stop(server);
    await admin(`drop database if exists ${database} with (force)`);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    const contentPort = await freePort();
    contentProxy = forward(contentPort, port);
    const log = createWriteStream(serverLog);
    server = spawn(process.execPath, ['api/dist/main.js'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl(database),
        FIT_SEED_DEMO: 'true',
        // The specs count their own assignments; the day-one spec seeds the demo's work itself (npm run fit -- seed-demo).
        FIT_DEMO_WORK: process.env.FIT_DEMO_WORK ?? 'false',
        PORT: String(port),
        // FIT as the browser reaches it, and the cmi5 content origin: the same server on another port (AU content,
        // its offline service worker and bridge; nothing of FIT). Same site, another origin: see the README.
        PUBLIC_URL: baseURL,
        CMI5_CONTENT_ORIGIN: `http://127.0.0.1:${contentPort}`,
        HOST: '127.0.0.1',
        FIT_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.pipe(log);
    server.stderr?.pipe(log);
    await waitForHealth(baseURL, server);
    process.env.FIT_E2E_BASE_URL = baseURL;
    // Specs that check what the server stored (e.g. sync exactly once) read the database directly.
    process.env.FIT_E2E_DATABASE_URL = databaseUrl(database);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}

function databaseUrl(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The content origin's port: every connection passed to FIT's server as it is (its Host names the content origin). */
function forward(from: number, to: number): Server {
  const proxy = createServer((client) => {
    const upstream = connect(to, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
  });
  proxy.listen(from, '127.0.0.1');
  return proxy;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(baseURL: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(
        `The FIT server exited with code ${server.exitCode} before it was healthy:\n${logTail()}`,
      );
    }
    try {
      const response = await fetch(`${baseURL}/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `The FIT server did not answer GET /health with 200 within ${timeoutMs / 1000} s:\n${logTail()}`,
  );
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const killer = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(killer);
      resolveStop();
    });
    server.kill('SIGTERM');
  });
}

function logTail(): string {
  try {
    return readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '(no server log)';
  }
}
