// Starts the built FIT server on a fresh, seeded database for one benchmark run, and removes it afterwards.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function startBenchServer(root) {
  const name = `fit_bench_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const databaseUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'fit-bench-'));
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the server itself, which NODE_OPTIONS
  // refuses to do.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn('node', [...nodeArgs, 'api/dist/main.js'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), FIT_SEED_DEMO: 'true', FIT_DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  await waitForIdleJobs(databaseUrl);
  return {
    url,
    databaseUrl,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await admin(`drop database if exists ${name} with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(url, email, password = 'fit-demo') {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(email: "${email}", password: "${password}") { accessToken } }` }),
  });
  const body = await res.json();
  if (!body.data?.login) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.accessToken;
}

/** A GraphQL caller with a token: data, or throws with the errors. */
export const graphqlAs = (url, token) => async (query, variables) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitForHealth(url, child) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error('the FIT server exited during start-up');
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the FIT server did not become healthy in 60 s');
}

// The demo seed leaves background jobs behind (the demo models' index and compact geometry, in a worker thread that
// keeps a core busy for seconds): the benchmarks measure the steady state, not the first seconds after start.
async function waitForIdleJobs(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < 600; i++) {
      // The queue is pg-boss's (schema pgboss): created, retry and active jobs are still to run.
      const { rows } = await client.query("select count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active')");
      if (rows[0].n === 0) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the demo seed\'s background jobs did not finish in 120 s');
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
