// Sync throughput: 10,000 statements from one tablet in batches through /xapi/statements (validation, idempotency,
// projection, and the awards job each batch queues) against a raw multi-row INSERT of the same rows into a table with
// the same indexes, in the same run. The two are interleaved batch by batch so that both see the same load on a
// shared machine; a round of sync batches counts until the awards job they queued has run, so the job's cost is the
// sync's.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';

const TOTAL = 10_000;
const BATCH = 500;
const ROUND = 10;
const VERBS = ['attempted', 'completed', 'passed', 'answered'].map((v) => `http://adlnet.gov/expapi/verbs/${v}`);

/**
 * `ignoreJobs`: queue jobs a round does not wait for (credentials-load.mjs measures the sync while another feature's
 * jobs fill the queue: they are not the sync's own cost). `resend`: also measure that a resent batch adds nothing.
 */
export async function run({ server }, { ignoreJobs = [], resend = true } = {}) {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const authorization = await createCredentials(db);
    // Learners of the credentials' organisation only (other benchmarks add organisations of their own).
    const users = (
      await db.query("select distinct m.user_id as id from memberships m join organisations o on o.id = m.organisation_id where o.slug = 'demo'")
    ).rows.map((r) => r.id);
    const statements = Array.from({ length: TOTAL }, (_, i) => statement(users[i % users.length], i));
    const batches = chunk(statements, BATCH);

    const post = (batch) =>
      fetch(`${server.url}/xapi/statements`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-experience-api-version': '2.0.0', authorization, 'x-fit-device-id': 'bench-tablet', 'x-fit-device-time': new Date().toISOString() },
        body: JSON.stringify(batch),
      }).then((r) => {
        if (r.status !== 200) throw new Error(`sync answered ${r.status}`);
      });

    const raw = await rawInserter(db);
    let syncMs = 0;
    let rawMs = 0;
    try {
      // Rounds of a few batches each way: near enough in time to see the same load, long enough for a real burst.
      for (const round of chunk(batches, ROUND)) {
        let t = performance.now();
        for (const batch of round) await post(batch);
        await jobsDrained(db, ignoreJobs);
        syncMs += performance.now() - t;
        t = performance.now();
        for (const batch of round) await raw.insert(batch);
        rawMs += performance.now() - t;
      }
    } finally {
      await raw.drop();
    }
    const syncSeconds = syncMs / 1000;
    const rawSeconds = rawMs / 1000;

    const figures = {
      sync_statements_per_s: Math.round(TOTAL / syncSeconds),
      raw_insert_statements_per_s: Math.round(TOTAL / rawSeconds),
      sync_vs_raw_ratio: Math.round((rawSeconds / syncSeconds) * 100) / 100,
    };
    if (!resend) return figures;
    const before = await count(db, 'xapi_statements');
    for (const batch of batches) await post(batch);
    return { ...figures, sync_resend_added_rows: (await count(db, 'xapi_statements')) - before };
  } finally {
    await db.end();
  }
}

async function createCredentials(db) {
  const { rows } = await db.query("select id from organisations where slug = 'demo'");
  const key = `fitk_bench_${randomBytes(6).toString('hex')}`;
  const secret = randomBytes(32).toString('base64url');
  await db.query('insert into xapi_credentials (organisation_id, key, secret_hash, label) values ($1, $2, $3, $4)', [
    rows[0].id, key, createHash('sha256').update(secret).digest('hex'), 'bench',
  ]);
  return `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
}

function statement(userId, i) {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: userId } },
    verb: { id: VERBS[i % VERBS.length] },
    object: { objectType: 'Activity', id: `https://w3id.org/fit/modules/bench-${i % 40}/v/1` },
    result: { completion: true, success: i % 3 !== 0, score: { scaled: (i % 10) / 10 }, duration: 'PT5M' },
    context: { registration: randomUUID(), language: 'fr', platform: 'FIT tablet' },
    timestamp: new Date().toISOString(),
  };
}

// The same rows written by hand: one multi-row INSERT per batch, no validation, no projection, into a regular (logged)
// table with the same indexes as the ledger's own; dropped afterwards.
async function rawInserter(db) {
  await db.query('create table raw_statements (like xapi_statements including defaults including indexes)');
  const { rows } = await db.query("select id from organisations where slug = 'demo'");
  const organisationId = rows[0].id;
  return {
    async insert(batch) {
      const values = [];
      const params = [];
      for (const s of batch) {
        const p = params.length;
        values.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 8}, $${p + 9}, $${p + 10}, 'device')`);
        params.push(randomUUID(), organisationId, s.actor.account.name, `account:${s.actor.account.homePage}|${s.actor.account.name}`, s.verb.id, s.object.id, s.context.registration, JSON.stringify(s), 'hash', s.timestamp);
      }
      await db.query(
        `insert into raw_statements (id, organisation_id, actor_user_id, actor_ifi, verb_id, object_id, registration, statement, content_hash, timestamp, source) values ${values.join(',')}`,
        params,
      );
    },
    drop: () => db.query('drop table raw_statements'),
  };
}

/** Waits until the job queue has nothing queued or running (the awards job a batch queued has run). */
async function jobsDrained(db, ignoreJobs = []) {
  for (;;) {
    const { rows } = await db.query(
      "select exists (select 1 from pgboss.job where state in ('created', 'retry', 'active') and not (name = any($1::text[]))) as busy",
      [ignoreJobs],
    );
    if (!rows[0].busy) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

const count = async (db, table) => Number((await db.query(`select count(*) as n from ${table}`)).rows[0].n);
const chunk = (list, size) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
