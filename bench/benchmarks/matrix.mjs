// Team qualification matrix of 300 workers × 40 qualifications: GraphQL (evidence in one query, computed by the
// shared engine) against the best hand-written SQL for the same answer, same run, medians. The SQL round trips of the
// GraphQL request are counted in qualifications.integration-spec.ts (constant whatever the crew size).
import pg from 'pg';
import { login } from '../support/server.mjs';

const WORKERS = 300;
const QUALIFICATIONS = 40;
const ULOS = 80;
const MODULES = 20;
const RUNS = 5;

const MATRIX = `query($s: String) { teamMatrix(schemeCode: $s) {
  workers { id displayName } qualifications { code } entries { workerId qualificationCode status percent expiresAt } } }`;

// Same answer (status and percent per worker × qualification) for `all` requirements without expiry, in SQL alone.
const RAW = `
  with w as (select m.user_id from memberships m where m.organisation_id = $1 and m.role = 'worker'),
  held as (
    select distinct p.user_id, o.ulo from learning_progress p
      join module_versions v on v.id = (substring(p.activity_id from '^https://w3id\\.org/fit/module-versions/([0-9a-f-]{36})$'))::uuid
      cross join lateral jsonb_array_elements_text(v.content->'outcomes') o(ulo)
     where p.user_id in (select user_id from w) and (p.passed_at is not null or p.completed_at is not null)),
  need as (
    select q.code, m.ulo from scheme_qualifications q
      join qualification_schemes s on s.id = q.scheme_id and s.code = $2
      cross join lateral jsonb_array_elements_text(q.requirement->'all') r(unit)
      join ulo_mappings m on m.scheme_id = s.id and m.scheme_unit = r.unit and m.approved_at is not null)
  select w.user_id, n.code, count(*) as needed, count(h.ulo) as held,
         case when count(h.ulo) = count(*) then 'held' when count(h.ulo) > 0 then 'in_progress' else 'missing' end as status
    from w cross join need n left join held h on h.user_id = w.user_id and h.ulo = n.ulo
   group by w.user_id, n.code`;

export async function run({ server }) {
  const token = await login(server.url, 'admin@fit.demo');
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
    const organisationId = await seed(db, gql);
    const graphqlMs = [];
    const rawMs = [];
    let cells = 0;
    let rawCells = 0;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      const m = (await gql(MATRIX, { s: 'BENCH' })).teamMatrix;
      graphqlMs.push(performance.now() - t);
      cells = m.entries.length;
      t = performance.now();
      rawCells = (await db.query(RAW, [organisationId, 'BENCH'])).rowCount;
      rawMs.push(performance.now() - t);
    }
    if (cells !== rawCells) throw new Error(`matrix answered ${cells} cells, raw SQL ${rawCells}`);
    return { matrix_graphql_ms: median(graphqlMs), matrix_raw_sql_ms: median(rawMs), matrix_cells: cells };
  } finally {
    await db.end();
  }
}

async function seed(db, gql) {
  const { rows: [org] } = await db.query("select id from organisations where slug = 'demo'");
  const ulo = (i) => `ULO-BEN-${String(i + 1).padStart(2, '0')}`;
  const units = Array.from({ length: ULOS / 2 }, (_, i) => `BEN-U${i + 1}`);
  const framework = {
    framework: { id: 'bench-framework', version: '1', name: 'Bench framework' },
    ulos: Array.from({ length: ULOS }, (_, i) => ({ id: ulo(i), title: `Outcome ${i + 1}`, eqfLevel: 3 })),
    schemes: [
      {
        id: 'BENCH',
        country: 'FR',
        awardingBody: 'Bench',
        name: 'Bench scheme',
        units: units.map((id) => ({ id, title: id })),
        // Each qualification needs three units (six ULOs).
        qualifications: Array.from({ length: QUALIFICATIONS }, (_, q) => ({
          id: `BEN-Q${q + 1}`,
          title: `Qualification ${q + 1}`,
          requires: { all: [0, 1, 2].map((k) => units[(q + k * 7) % units.length]) },
          practicalValidation: false,
          validityMonths: null,
        })),
        mapping: units.flatMap((u, i) => [0, 1].map((k) => ({ schemeUnit: u, referenceUlo: ulo(i * 2 + k), coverage: 'full', approved: true }))),
      },
    ],
  };
  await gql('mutation($j: String!) { importFramework(json: $j) { code } }', { j: JSON.stringify(framework) });
  const { rows: users } = await db.query(
    `insert into users (display_name, language) select 'Compagnon ' || g, 'fr' from generate_series(1, ${WORKERS}) g returning id`,
  );
  const ids = users.map((u) => u.id);
  await db.query(`insert into memberships (user_id, organisation_id, role) select unnest($1::uuid[]), $2, 'worker'`, [ids, org.id]);
  const template = (await gql('{ modules { latestPublished { content } } }')).modules[0].latestPublished.content;
  for (let m = 0; m < MODULES; m++) {
    const outcomes = [0, 1, 2, 3].map((k) => ulo(m * 4 + k));
    const created = await gql('mutation($i: CreateModuleInput!) { createModule(input: $i) { id } }', { i: { slug: `matrix-${m}`, content: { ...template, outcomes } } });
    const published = await gql('mutation($id: ID!) { publishModule(id: $id) { latestPublished { id } } }', { id: created.createModule.id });
    // About 60 % of workers passed each module: a mix of held, in-progress and missing cells.
    await db.query(
      `insert into learning_progress (user_id, activity_id, attempts, first_at, last_at, passed_at, best_score, statement_count)
       select u, $2, 1, now(), now(), now(), 1, 1 from unnest($1::uuid[]) as t(u) where random() < 0.6`,
      [ids, `https://w3id.org/fit/module-versions/${published.publishModule.latestPublished.id}`],
    );
  }
  return org.id;
}

const median = (values) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] * 10) / 10;
