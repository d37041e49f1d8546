// `npm run bench -- load`: a full site network under load, with faults, on one FIT instance and then on two behind
// Caddy. 200 tablets of 20 organisations sign workers in by PIN, fetch their site pack and sync statements in
// batches with random network cuts (abort mid-request, resend with backoff), while staff read the cohort view,
// the matrix and passports. During each run the load's own PostgreSQL is restarted (`pg_ctl restart -m fast`) and
// one FIT instance is SIGKILLed and started again. Loopback only; bounded by LOAD_SECONDS (default 75 per run).
// Exits non-zero if any acknowledged statement is missing or stored twice.
import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { startCluster } from '../support/cluster.mjs';
import { caddyProxy, fitInstance } from '../support/instances.mjs';

const ORGANISATIONS = 20;
const TABLETS_PER_ORGANISATION = 10;
const WORKERS_PER_ORGANISATION = 12;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 75);
const PIN = '2468';
const PASSWORD = 'load-test-password';
const ACCOUNT_HOMEPAGE = 'https://w3id.org/fit/users';
const VERBS = ['attempted', 'answered', 'completed', 'passed'].map((v) => `http://adlnet.gov/expapi/verbs/${v}`);
const CUT_PROBABILITY = 0.1;

export async function run({ root }) {
  const cluster = await startCluster(root);
  try {
    const one = await loadRun(root, cluster, 1);
    const two = await loadRun(root, cluster, 2);
    const figures = { ...prefixed('load1_', one), ...prefixed('load2_', two) };
    figures.load_two_vs_one_throughput_ratio = round(two.statements_per_s / one.statements_per_s, 2);
    const broken = [one, two].some((r) => r.acknowledged !== r.acknowledged_stored || r.duplicates !== 0);
    if (broken) {
      console.error('LOAD FAILED: an acknowledged statement is missing or stored twice');
      process.exitCode = 1;
    }
    // A load that syncs nothing proves nothing (e.g. tablets refused their site pack).
    if ([one, two].some((r) => r.acknowledged === 0)) {
      console.error('LOAD FAILED: no statement was acknowledged');
      process.exitCode = 1;
    }
    return figures;
  } finally {
    cluster.stop();
  }
}

async function loadRun(root, cluster, instanceCount) {
  process.stderr.write(`load: ${instanceCount} instance(s), ${SECONDS} s…\n`);
  const { url: databaseUrl, ownerUrl: databaseOwnerUrl } = await cluster.createDatabase(`fit_load_${instanceCount}_${randomBytes(3).toString('hex')}`);
  // Media on one shared folder, one signing key for every instance (FIT refuses to start otherwise).
  const dataDir = mkdtempSync(join(tmpdir(), 'fit-load-data-'));
  chmodSync(dataDir, 0o755);
  const jwtSecret = randomBytes(32).toString('base64url');
  const instances = [];
  let proxy;
  const db = new pg.Pool({ connectionString: databaseOwnerUrl, max: 2 });
  db.on('error', () => {}); // the restart below closes idle connections
  try {
    for (let i = 0; i < instanceCount; i++) instances.push(await fitInstance(root, { databaseUrl, databaseOwnerUrl, dataDir, jwtSecret, seed: i === 0 }));
    if (instanceCount > 1) proxy = await caddyProxy(root, instances.map((i) => i.url));
    const url = proxy?.url ?? instances[0].url;
    const network = await createNetwork(root, db);
    const stats = newStats();
    const deadline = Date.now() + SECONDS * 1000;
    const started = performance.now();

    const faults = (async () => {
      await sleep(SECONDS * 350);
      stats.pgRestartAt = performance.now();
      cluster.restart();
      stats.pgRestartDoneAt = performance.now();
      await sleep(SECONDS * 300);
      await instances[0].kill();
      stats.killedAt = performance.now();
      await instances[0].start();
      stats.instanceBackMs = Math.round(performance.now() - stats.killedAt);
    })();
    const tablets = network.tablets.map((tablet) => tabletLoop(url, tablet, deadline, stats));
    const staff = network.managers.map((manager) => staffLoop(url, manager, deadline, stats));
    await Promise.all([faults, ...tablets, ...staff]);
    const elapsed = (performance.now() - started) / 1000;

    const acknowledged = [...stats.acknowledged];
    const stored = await db.query(
      'select count(*)::int as n, count(distinct id)::int as distinct_ids from xapi_statements where id = any($1::uuid[])',
      [acknowledged],
    );
    const marker = await db.query(
      "select count(*)::int as n, count(distinct (statement->>'id'))::int as distinct_ids from xapi_statements where statement->'context'->>'platform' = $1",
      [network.platform],
    );
    const stuckJobs = await settledJobs(db);
    const sync = stats.syncMs.sort((a, b) => a - b);
    const staffMs = stats.staffMs.sort((a, b) => a - b);
    return {
      tablets: network.tablets.length,
      organisations: ORGANISATIONS,
      seconds: round(elapsed, 1),
      acknowledged: acknowledged.length,
      acknowledged_stored: stored.rows[0].n,
      duplicates: marker.rows[0].n - marker.rows[0].distinct_ids + (stored.rows[0].n - stored.rows[0].distinct_ids),
      statements_per_s: round(acknowledged.length / elapsed, 1),
      sync_p50_ms: Math.round(percentile(sync, 50)),
      sync_p95_ms: Math.round(percentile(sync, 95)),
      sync_p99_ms: Math.round(percentile(sync, 99)),
      staff_graphql_p95_ms: Math.round(percentile(staffMs, 95)),
      staff_queries: staffMs.length,
      pg_restart_recovery_ms: stats.recoveredAt ? Math.round(stats.recoveredAt - stats.pgRestartAt) : -1,
      instance_restart_ms: stats.instanceBackMs ?? -1,
      stuck_jobs_queued: stuckJobs.queued,
      jobs_still_running_after_settle: stuckJobs.running,
      ...Object.fromEntries(Object.entries(stats.errors).map(([kind, n]) => [`errors_${kind}`, n])),
    };
  } finally {
    await db.end().catch(() => {});
    await proxy?.stop();
    for (const instance of instances) await instance.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function newStats() {
  return { acknowledged: new Set(), syncMs: [], staffMs: [], errors: {}, pgRestartAt: 0, pgRestartDoneAt: 0, recoveredAt: 0 };
}

function countError(stats, kind) {
  stats.errors[kind] = (stats.errors[kind] ?? 0) + 1;
}

// One tablet: a worker signs in by PIN, the tablet refreshes its site pack, the worker plays (statements in
// batches), and sometimes hands over to the next worker. A cut request is resent, same ids, until acknowledged.
async function tabletLoop(url, tablet, deadline, stats) {
  await sleep(Math.random() * 10_000); // tablets are switched on through the morning, not at one millisecond
  let etag;
  for (let session = 0; Date.now() < deadline; session++) {
    // The pack is downloaded once, then checked (If-None-Match) every few hand-overs.
    if (session % 4 === 0) {
      const pack = await retrying(stats, 'site_pack', deadline, () =>
        request(`${url}/site-pack`, { headers: { 'x-device-token': tablet.token, ...(etag ? { 'if-none-match': etag } : {}) } }, [200, 304]),
      );
      if (pack?.status === 200) etag = pack.headers.get('etag') ?? undefined;
    }
    const worker = tablet.workers[Math.floor(Math.random() * tablet.workers.length)];
    const signIn = await retrying(stats, 'pin_login', deadline, () =>
      graphql(url, 'mutation($w: ID!, $p: String!) { pinLogin(workerId: $w, pin: $p) { accessToken } }', { w: worker, p: PIN }, { 'x-device-token': tablet.token }),
    );
    const token = signIn?.data?.pinLogin?.accessToken;
    if (!token) continue;
    for (let b = 0; b < 10 && Date.now() < deadline; b++) {
      const batch = Array.from({ length: 5 + Math.floor(Math.random() * 16) }, () => statement(worker, tablet.platform));
      await syncBatch(url, token, tablet, batch, stats);
      await sleep(1000 + Math.random() * 2000); // a module step takes a worker a while
    }
  }
}

// Resent until acknowledged, even past the deadline (what a tablet does with its outbox), with backoff.
async function syncBatch(url, token, tablet, batch, stats) {
  const body = JSON.stringify(batch);
  for (let attempt = 0; ; attempt++) {
    const cut = Math.random() < CUT_PROBABILITY;
    const t0 = performance.now();
    try {
      const res = await request(
        `${url}/xapi/statements`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-experience-api-version': '2.0.0',
            authorization: `Bearer ${token}`,
            'x-fit-device-id': tablet.id,
            'x-fit-device-time': new Date().toISOString(),
          },
          body,
        },
        [200],
        cut ? Math.random() * 40 : 30_000,
      );
      if (res.status === 200) {
        stats.syncMs.push(performance.now() - t0);
        for (const s of batch) stats.acknowledged.add(s.id);
        if (stats.pgRestartAt && !stats.recoveredAt && performance.now() > stats.pgRestartDoneAt) stats.recoveredAt = performance.now();
        return;
      }
      countError(stats, `sync_http_${res.status}`);
    } catch (error) {
      const kind = error.status ? `http_${error.status}` : error.name === 'TimeoutError' ? (cut ? 'cut_by_tablet' : 'timeout') : 'network';
      countError(stats, `sync_${kind}`);
    }
    if (attempt > 40) throw new Error('a batch could not be synced after 40 attempts');
    await sleep(Math.min(5000, 100 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  }
}

async function staffLoop(url, manager, deadline, stats) {
  const login = await retrying(stats, 'staff_login', deadline, () =>
    graphql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: manager.email, p: PASSWORD }),
  );
  const token = login?.data?.login?.accessToken;
  if (!token) return;
  const auth = { authorization: `Bearer ${token}` };
  const queries = [
    () => graphql(url, 'query($s: ID!) { cohort(siteId: $s) { workers { id displayName } entries { assignmentId bestScore } } }', { s: manager.siteId }, auth),
    () => graphql(url, 'query($s: ID!) { teamMatrix(siteId: $s) { heldPercent workers { id displayName } entries { workerId qualificationCode percent } } }', { s: manager.siteId }, auth),
    () => graphql(url, 'query($w: ID!) { passport(workerId: $w) { displayName ulos { code achievedAt } } }', { w: manager.workers[Math.floor(Math.random() * manager.workers.length)] }, auth),
  ];
  while (Date.now() < deadline) {
    const t0 = performance.now();
    const result = await retrying(stats, 'staff_query', deadline, queries[Math.floor(Math.random() * queries.length)]);
    if (result?.data) stats.staffMs.push(performance.now() - t0);
    await sleep(1000 + Math.random() * 1000);
  }
}

/** Calls `once` until it answers without error (or the run is over), counting each failure by kind. */
async function retrying(stats, what, deadline, once) {
  for (let attempt = 0; Date.now() < deadline; attempt++) {
    try {
      const result = await once();
      if (!result.errors) return result;
      countError(stats, `${what}_${result.errors[0]?.extensions?.code ?? 'error'}`);
    } catch (error) {
      if (process.env.LOAD_DEBUG && !error.status) console.error(what, error, error.cause);
      countError(stats, `${what}_${error.status ? `http_${error.status}` : error.name === 'TimeoutError' ? 'timeout' : 'network'}`);
    }
    await sleep(Math.min(5000, 100 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random()));
  }
  return undefined;
}

async function request(url, init, okStatuses, timeoutMs = 30_000) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  await res.arrayBuffer();
  if (!okStatuses.includes(res.status) && !(res.status >= 400 && res.status < 500 && init.method === 'POST')) {
    throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  }
  return res;
}

async function graphql(url, query, variables, headers = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (res.status >= 500 || !text.startsWith('{')) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
  return JSON.parse(text);
}

function statement(workerId, platform) {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: ACCOUNT_HOMEPAGE, name: workerId } },
    verb: { id: VERBS[Math.floor(Math.random() * VERBS.length)] },
    object: { objectType: 'Activity', id: `https://w3id.org/fit/modules/load-${Math.floor(Math.random() * 12)}/v/1` },
    result: { completion: true, score: { scaled: Math.round(Math.random() * 100) / 100 }, duration: 'PT2M' },
    context: { registration: randomUUID(), language: 'fr', platform },
    timestamp: new Date().toISOString(),
  };
}

// 20 organisations, each with a site, a team, a manager, 12 workers with a PIN and 10 enrolled tablets, written
// straight into the database (the product has no bulk import for them); hashes come from the product's own code.
async function createNetwork(root, db) {
  const { hashSecret } = await import(pathToFileURL(join(root, 'api/dist/features/identity/passwords.js')).href);
  const pinHash = await hashSecret(PIN);
  const passwordHash = await hashSecret(PASSWORD);
  const run = randomBytes(3).toString('hex');
  const platform = `FIT load ${run}`;
  // Enrolled tablets have registered their sealing key; one key pair serves every simulated tablet.
  const tabletKey = JSON.stringify({ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }), alg: 'RSA-OAEP-256' });
  const tablets = [];
  const managers = [];
  for (let o = 0; o < ORGANISATIONS; o++) {
    const one = async (sql, params) => (await db.query(sql, params)).rows[0];
    const org = await one("insert into organisations (slug, name, kind) values ($1, $2, 'sme') returning id", [`load-${run}-${o}`, `Load ${o}`]);
    const site = await one('insert into sites (organisation_id, name) values ($1, $2) returning id', [org.id, `Site ${o}`]);
    const team = await one('insert into teams (organisation_id, name) values ($1, $2) returning id', [org.id, `Team ${o}`]);
    const email = `manager-${o}@load-${run}.test`;
    const manager = await one("insert into users (email, display_name, language, password_hash) values ($1, $2, 'fr', $3) returning id", [email, `Manager ${o}`, passwordHash]);
    await db.query("insert into memberships (user_id, organisation_id, role) values ($1, $2, 'manager')", [manager.id, org.id]);
    const workers = [];
    for (let w = 0; w < WORKERS_PER_ORGANISATION; w++) {
      const user = await one("insert into users (display_name, language) values ($1, 'fr') returning id", [`Worker ${o}-${w}`]);
      await db.query("insert into memberships (user_id, organisation_id, role, trade, pin_hash) values ($1, $2, 'worker', 'insulation', $3)", [user.id, org.id, pinHash]);
      await db.query('insert into site_members (site_id, user_id) values ($1, $2)', [site.id, user.id]);
      await db.query('insert into team_members (team_id, user_id) values ($1, $2)', [team.id, user.id]);
      workers.push(user.id);
    }
    managers.push({ email, siteId: site.id, workers });
    for (let t = 0; t < TABLETS_PER_ORGANISATION; t++) {
      const token = `fitd_load_${randomBytes(18).toString('base64url')}`;
      const tablet = await one(
        "insert into tablets (organisation_id, site_id, label, token_hash, public_key, key_state) values ($1, $2, $3, $4, $5, 'ready') returning id",
        [org.id, site.id, `Tablet ${o}-${t}`, createHash('sha256').update(token, 'utf8').digest('hex'), tabletKey],
      );
      tablets.push({ id: tablet.id, token, workers, platform });
    }
  }
  return { tablets, managers, platform };
}

// Jobs queued by the syncs must all be done shortly after the load stops. A job that was active on the SIGKILLed
// instance stays active until pg-boss's expiry hands it back for a retry: counted apart.
async function settledJobs(db) {
  const left = async () => (await db.query(`select case when state = 'active' then 'running' else 'queued' end as status, count(*)::int as n
     from pgboss.job where state in ('created', 'retry', 'active') group by 1`)).rows;
  for (let i = 0; i < 60 && (await left()).length > 0; i++) await sleep(1000);
  const rows = await left();
  return { queued: rows.find((r) => r.status === 'queued')?.n ?? 0, running: rows.find((r) => r.status === 'running')?.n ?? 0 };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;
const prefixed = (prefix, figures) => Object.fromEntries(Object.entries(figures).map(([k, v]) => [`${prefix}${k}`, v]));
