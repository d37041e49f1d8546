// Signing never holds up the field: 1,000 awards' credentials are queued at once (one job per award, as awards made
// by syncs ask for them), and while the job queue signs them the sync and matrix figures are measured exactly as
// sync.mjs and matrix.mjs measure them (their own code). The same two are measured just before with the queue idle:
// on a shared machine the ratios are what counts, *_while_issuing against *_queue_idle (and against the budgets of
// sync_vs_raw_ratio and matrix_ratio). `npm run bench -- credentials-load`.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { run as runSync } from './sync.mjs';
import { measureMatrix, seedMatrix } from './matrix.mjs';

const AWARDS = 1000;
const DRAIN_LIMIT_MS = 5 * 60_000;
const WORKERS = 250;
const ORG = 'bench-credentials-load';
const MATRIX = { org: 'bench-matrix-load', manager: 'manager@bench-matrix-load.test', scheme: 'BENCHLOAD', framework: 'bench-framework-load', tag: 'BENL' };

export async function run({ root, server }) {
  const { ISSUE_CREDENTIALS_JOB } = await import(pathToFileURL(join(root, 'api/dist/common/jobs/issue-credentials-job.js')).href);
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const boss = new PgBoss({ connectionString: server.databaseUrl, schema: 'pgboss', supervise: false, schedule: false, migrate: false, max: 2 });
  await boss.start();
  try {
    const matrixOrganisation = await seedMatrix(root, db, server, MATRIX);
    const awardIds = await seedAwards(db);
    const issued = () => countIssued(db, awardIds);
    const matrixRatio = (m) => Math.round((m.matrix_graphql_ms / m.matrix_raw_sql_ms) * 100) / 100;
    const measure = async () => {
      const matrix = await measureMatrix({ root, server, db, organisationId: matrixOrganisation, names: MATRIX });
      const sync = await runSync({ server }, { ignoreJobs: [ISSUE_CREDENTIALS_JOB], resend: false });
      return { matrix, sync };
    };

    // The same figures with the queue idle, in the same conditions, just before: the reference for the ratios below.
    const idle = await measure();

    // Queue them all, then measure again while the queue signs.
    await boss.insert(ISSUE_CREDENTIALS_JOB, awardIds.map((id) => ({ data: { awardIds: [id] } })));
    const started = performance.now();
    const busy = await measure();
    const measuredSeconds = (performance.now() - started) / 1000;
    const issuedWhileMeasuring = await issued();
    if (issuedWhileMeasuring === 0) throw new Error('no credential was issued while the sync and matrix were measured');

    // The rest is signed before the next benchmark starts (its figures must not carry this queue); on a machine too
    // loaded to finish in DRAIN_LIMIT_MS, what is left is dropped and said.
    while ((await issued()) < AWARDS && performance.now() - started < DRAIN_LIMIT_MS) await new Promise((r) => setTimeout(r, 500));
    const issuedAtEnd = await issued();
    const totalSeconds = (performance.now() - started) / 1000;
    if (issuedAtEnd < AWARDS) await boss.deleteQueuedJobs(ISSUE_CREDENTIALS_JOB);

    return {
      sync_vs_raw_ratio_queue_idle: idle.sync.sync_vs_raw_ratio,
      sync_vs_raw_ratio_while_issuing: busy.sync.sync_vs_raw_ratio,
      sync_statements_per_s_while_issuing: busy.sync.sync_statements_per_s,
      matrix_ratio_queue_idle: matrixRatio(idle.matrix),
      matrix_ratio_while_issuing: matrixRatio(busy.matrix),
      matrix_graphql_ms_while_issuing: busy.matrix.matrix_graphql_ms,
      // How much of the queue was signed during the measurement (it counts only if they overlapped), and how fast.
      credentials_issued_while_measuring: issuedWhileMeasuring,
      credentials_issued_per_s_while_measuring: Math.round((issuedWhileMeasuring / measuredSeconds) * 10) / 10,
      credentials_issued_per_s: Math.round((issuedAtEnd / totalSeconds) * 10) / 10,
      ...(issuedAtEnd === AWARDS ? { credentials_1000_issue_s: Math.round(totalSeconds * 10) / 10 } : { credentials_left_unsigned: AWARDS - issuedAtEnd }),
    };
  } finally {
    await boss.stop({ graceful: false, close: true }).catch(() => {});
    await db.end();
  }
}

/** AWARDS awards in an organisation of its own: WORKERS workers, each holding some of the demo framework's qualifications. */
async function seedAwards(db) {
  const {
    rows: [org],
  } = await db.query(`insert into organisations (slug, name, kind) values ($1, 'Bench credentials SME', 'sme') returning id`, [ORG]);
  const perWorker = Math.ceil(AWARDS / WORKERS);
  // Qualifications of the demo's framework, with the ULOs each award's evidence names (a credential lists them).
  const { rows: qualifications } = await db.query(
    `select q.id, array(select u.code from reference_ulos u where u.framework_id = s.framework_id order by u.code limit 5) as ulos
       from scheme_qualifications q join qualification_schemes s on s.id = q.scheme_id order by q.code limit $1`,
    [perWorker],
  );
  if (qualifications.length < perWorker) throw new Error(`the demo has ${qualifications.length} qualifications, ${perWorker} are needed`);
  const { rows: users } = await db.query(
    `insert into users (display_name, language) select 'Certifié ' || g, 'fr' from generate_series(1, ${WORKERS}) g returning id`,
  );
  await db.query(`insert into memberships (user_id, organisation_id, role) select unnest($1::uuid[]), $2, 'worker'`, [users.map((u) => u.id), org.id]);
  const ids = [];
  for (const [w, user] of users.entries()) {
    for (const q of qualifications.slice(0, Math.min(perWorker, AWARDS - w * perWorker))) {
      const evidence = q.ulos.map((ulo) => ({ ulo, state: 'held', evidence: [{ moduleId: '00000000-0000-4000-8000-000000000001', passedAt: '2026-01-15T10:00:00Z' }] }));
      const {
        rows: [award],
      } = await db.query(
        `insert into qualification_awards (user_id, qualification_id, awarded_at, expires_at, evidence) values ($1, $2, '2026-02-01', '2031-02-01', $3) returning id`,
        [user.id, q.id, JSON.stringify(evidence)],
      );
      ids.push(award.id);
    }
  }
  if (ids.length !== AWARDS) throw new Error(`seeded ${ids.length} awards, not ${AWARDS}`);
  return ids;
}

const countIssued = async (db, awardIds) =>
  Number((await db.query('select count(distinct award_id) as n from issued_credentials where award_id = any($1::uuid[])', [awardIds])).rows[0].n);
