// Cohort view of one site with 300 workers × 40 assignments: GraphQL (with its per-request loaders) against the
// best hand-written SQL for the same rows, in the same run; medians of several runs each.
import pg from 'pg';
import { login } from '../support/server.mjs';
import { median, round } from '../support/stats.mjs';

const WORKERS = 300;
const MODULES = 40;
const RUNS = 5;

const COHORT = `query($s: ID!) { cohort(siteId: $s) {
  workers { id displayName } moduleVersions { id version title { text } }
  entries { assignmentId workerId moduleVersionId dueOn status overdue bestScore } } }`;

const RAW = `select a.id, to_char(a.due_on, 'YYYY-MM-DD') as due_on, u.display_name, mv.version, mv.content->'title'->>'fr' as title,
    p.best_score, p.completed_at, p.passed_at, p.failed_at, p.statement_count
  from assignments a
  join users u on u.id = a.worker_id
  join module_versions mv on mv.id = a.module_version_id
  left join learning_progress p on p.user_id = a.worker_id and p.activity_id = 'https://w3id.org/fit/module-versions/' || a.module_version_id
  where a.organisation_id = $1 and a.state = 'open'
    and (a.site_id = $2 or a.worker_id in (select user_id from site_members where site_id = $2))
  order by a.due_on, a.worker_id, a.id`;

export async function run({ server }) {
  const token = await login(server.url, 'trainer@fit.demo');
  const gql = async (query, variables) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const { organisationId, siteId } = await seedCohort(db, gql);
    const graphqlMs = [];
    const rawMs = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      rows = (await gql(COHORT, { s: siteId })).cohort.entries.length;
      graphqlMs.push(performance.now() - t);
      t = performance.now();
      await db.query(RAW, [organisationId, siteId]);
      rawMs.push(performance.now() - t);
    }
    if (rows !== WORKERS * MODULES) throw new Error(`cohort answered ${rows} rows, expected ${WORKERS * MODULES}`);
    return { cohort_view_ms: medianMs(graphqlMs), cohort_view_raw_sql_ms: medianMs(rawMs), cohort_view_rows: rows };
  } finally {
    await db.end();
  }
}

async function seedCohort(db, gql) {
  const { rows: [org] } = await db.query("select id from organisations where slug = 'demo'");
  const { rows: [site] } = await db.query('insert into sites (organisation_id, name) values ($1, $2) returning id', [org.id, 'Chantier de mesure']);
  const { rows: users } = await db.query(
    `insert into users (display_name, language) select 'Ouvrier ' || g, 'fr' from generate_series(1, ${WORKERS}) g returning id`,
  );
  const ids = users.map((u) => u.id);
  await db.query(`insert into memberships (user_id, organisation_id, role) select unnest($1::uuid[]), $2, 'worker'`, [ids, org.id]);
  await db.query('insert into site_members (site_id, user_id) select $1, unnest($2::uuid[])', [site.id, ids]);
  const template = (await gql('{ modules { latestPublished { content } } }')).modules[0].latestPublished.content;
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  for (let m = 0; m < MODULES; m++) {
    const created = await gql('mutation($i: CreateModuleInput!) { createModule(input: $i) { id } }', { i: { slug: `bench-${m}`, content: template } });
    const published = await gql('mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }', { id: created.createModule.id });
    const versionId = published.publishModule.latestPublished.id;
    await gql('mutation($i: AssignModuleInput!) { assignModule(input: $i) { assigned } }', { i: { moduleVersionId: versionId, siteId: site.id, dueOn: due } });
    // Half the workers have started, a third passed: realistic progress rows for the loaders to fetch.
    await db.query(
      `insert into learning_progress (user_id, activity_id, attempts, first_at, last_at, passed_at, best_score, statement_count)
       select u, $2, 1, now(), now(), case when random() < 0.6 then now() end, random(), 2
         from unnest($1::uuid[]) with ordinality as t(u, n) where n % 2 = 0`,
      [ids, `https://w3id.org/fit/module-versions/${versionId}`],
    );
  }
  return { organisationId: org.id, siteId: site.id };
}

const medianMs = (values) => round(median(values));
