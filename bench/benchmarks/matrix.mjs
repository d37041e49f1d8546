// Team qualification matrix of 300 workers × 40 qualifications in an organisation of its own (other benchmarks'
// workers never enter it): GraphQL (evidence in one query, computed by the shared engine) against the best
// hand-written SQL for the same answer, same run, medians; and the SQL round trips the matrix costs, counted on the
// API's own service code over a connection of this process. matrix_graphql_ms times the document the /matrix screen
// sends for its default (qualifications) view, read from the web's source so the figure follows the screen; the same
// document with the ULO view on, and the entries shape, are timed alongside.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { graphqlAs, login } from '../support/server.mjs';
import { median, round } from '../support/stats.mjs';

const WORKERS = 300;
const QUALIFICATIONS = 40;
const ULOS = 80;
const MODULES = 20;
const RUNS = 5;
// Names of the matrix's organisation and framework; another benchmark measuring the matrix in the same database
// (credentials-load.mjs) seeds its own under other names.
const NAMES = { org: 'bench-matrix', manager: 'manager@bench-matrix.test', scheme: 'BENCH', framework: 'bench-framework', tag: 'BEN' };

// The same cells one entry per cell: the shape the screen used before the compact rows.
const MATRIX_ENTRIES = `query($s: String) { teamMatrix(schemeCode: $s) {
  workers { id displayName } qualifications { code } entries { workerId qualificationCode status percent expiresAt } } }`;

// The same cells in the compact shape (one row per worker) with only the fields the grid needs.
const MATRIX_ROWS = `query($s: String) { teamMatrix(schemeCode: $s) {
  workers { id displayName } qualifications { code } rows { workerId statuses percents expiresAt } } }`;

/** The TeamMatrix document of web/src/features/qualifications/api/qualifications.queries.ts, as the screen sends it. */
function screenQuery(root) {
  const source = readFileSync(join(root, 'web/src/features/qualifications/api/qualifications.queries.ts'), 'utf8');
  const match = source.match(/graphql\(`\s*(query TeamMatrix\([^`]*)`\)/);
  if (!match) throw new Error('TeamMatrix query not found in the web source');
  return match[1];
}

// Same answer (status and percent per worker × qualification) for `all` requirements without expiry, in SQL alone.
const RAW = `
  with w as (select m.user_id from memberships m where m.organisation_id = $1 and m.role = 'worker'),
  held as (
    select distinct p.user_id, o.ulo from learning_progress p
      join module_versions v on p.activity_id = 'https://w3id.org/fit/module-versions/' || v.id
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

export async function run({ root, server }) {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const organisationId = await seedMatrix(root, db, server, NAMES);
    return await measureMatrix({ root, server, db, organisationId, names: NAMES });
  } finally {
    await db.end();
  }
}

/** The matrix figures for an organisation seeded by seedMatrix (`db`: a connection of this process). */
export async function measureMatrix({ root, server, db, organisationId, names }) {
  const scheme = names.scheme;
  const token = await login(server.url, names.manager);
  const gql = graphql(server.url, token);
  const screen = screenQuery(root);
  const screenVars = { siteId: null, teamId: null, schemeCode: scheme, withUlos: false };
  const graphqlMs = [];
  const ulosViewMs = [];
  const entriesMs = [];
  const rowsMs = [];
  const summaryMs = [];
  const rawMs = [];
  let cells = 0;
  let rawCells = 0;
  await gql(MATRIX_ENTRIES, { s: scheme }); // the first view stores the awards; the runs measure the steady state
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const s = (await gql(screen, screenVars)).teamMatrix;
    graphqlMs.push(performance.now() - t);
    if (s.rows.reduce((n, row) => n + row.statuses.length, 0) !== WORKERS * QUALIFICATIONS) throw new Error('the screen query missed cells');
    t = performance.now();
    const u = (await gql(screen, { ...screenVars, withUlos: true })).teamMatrix;
    ulosViewMs.push(performance.now() - t);
    if (!u.uloEntries.length) throw new Error('the ULO view came without cells');
    t = performance.now();
    const m = (await gql(MATRIX_ENTRIES, { s: scheme })).teamMatrix;
    entriesMs.push(performance.now() - t);
    cells = m.entries.length;
    t = performance.now();
    const r = (await gql(MATRIX_ROWS, { s: scheme })).teamMatrix;
    rowsMs.push(performance.now() - t);
    t = performance.now();
    await gql('query($s: String) { teamMatrix(schemeCode: $s) { heldPercent } }', { s: scheme });
    summaryMs.push(performance.now() - t);
    if (r.rows.reduce((n, row) => n + row.statuses.length, 0) !== cells) throw new Error('rows and entries disagree');
    t = performance.now();
    rawCells = (await db.query(RAW, [organisationId, scheme])).rowCount;
    rawMs.push(performance.now() - t);
  }
  if (cells !== WORKERS * QUALIFICATIONS || cells !== rawCells) throw new Error(`matrix answered ${cells} cells, raw SQL ${rawCells}`);
  const { roundtrips, serviceMs } = await countRoundTrips(root, server.databaseUrl, organisationId, scheme);
  return {
    matrix_graphql_ms: medianMs(graphqlMs),
    matrix_graphql_ulos_view_ms: medianMs(ulosViewMs),
    matrix_graphql_entries_ms: medianMs(entriesMs),
    matrix_graphql_rows_ms: medianMs(rowsMs),
    matrix_graphql_summary_ms: medianMs(summaryMs),
    matrix_raw_sql_ms: medianMs(rawMs),
    matrix_sql_roundtrips: roundtrips,
    matrix_service_ms: serviceMs,
    matrix_cells: cells,
  };
}

const graphql = graphqlAs;

/** SQL statements one teamMatrix sends, counted at TypeORM's query runner (what the API process would send). */
async function countRoundTrips(root, databaseUrl, organisationId, scheme) {
  const load = (path) => import(pathToFileURL(join(root, 'api/dist', path)).href);
  const [{ DataSource }, { dataSourceOptions }, { FrameworkService }, { QualificationsService }] = await Promise.all([
    import('typeorm'),
    load('database/data-source-options.js'),
    load('features/qualifications/framework.service.js'),
    load('features/qualifications/qualifications.service.js'),
  ]);
  const ds = await new DataSource({ ...dataSourceOptions(databaseUrl), migrationsRun: false, logging: false }).initialize();
  try {
    const service = new QualificationsService(ds, new FrameworkService(ds));
    const viewer = { userId: 'bench', organisationId, role: 'manager' };
    await service.teamMatrix(viewer, null, null, scheme); // a connection's first use adds statements of its own
    const proto = Object.getPrototypeOf(ds.createQueryRunner());
    const original = proto.query;
    let n = 0;
    proto.query = function (...args) {
      n++;
      return original.apply(this, args);
    };
    try {
      await service.teamMatrix(viewer, null, null, scheme);
    } finally {
      proto.query = original;
    }
    // The same work without GraphQL and HTTP: what the service itself costs.
    const ms = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await service.teamMatrix(viewer, null, null, scheme);
      ms.push(performance.now() - t);
    }
    return { roundtrips: n, serviceMs: medianMs(ms) };
  } finally {
    await ds.destroy();
  }
}

/** An organisation of its own: a manager, WORKERS workers, a framework of QUALIFICATIONS qualifications, MODULES modules passed by ~60 %. */
export async function seedMatrix(root, db, server, names) {
  const { hashSecret } = await import(pathToFileURL(join(root, 'api/dist/features/identity/passwords.js')).href);
  const {
    rows: [org],
  } = await db.query(`insert into organisations (slug, name, kind) values ($1, 'Bench matrix SME', 'sme') returning id`, [names.org]);
  const {
    rows: [manager],
  } = await db.query(`insert into users (email, display_name, language, password_hash) values ($1, 'Bench manager', 'fr', $2) returning id`, [names.manager, await hashSecret('fit-demo')]);
  await db.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'manager')`, [manager.id, org.id]);

  const ulo = (i) => `ULO-${names.tag}-${String(i + 1).padStart(2, '0')}`;
  const units = Array.from({ length: ULOS / 2 }, (_, i) => `${names.tag}-U${i + 1}`);
  const framework = {
    framework: { id: names.framework, version: '1', name: 'Bench framework' },
    ulos: Array.from({ length: ULOS }, (_, i) => ({ id: ulo(i), title: `Outcome ${i + 1}`, eqfLevel: 3 })),
    schemes: [
      {
        id: names.scheme,
        country: 'FR',
        awardingBody: 'Bench',
        name: 'Bench scheme',
        units: units.map((id) => ({ id, title: id })),
        // Each qualification needs three units (six ULOs).
        qualifications: Array.from({ length: QUALIFICATIONS }, (_, q) => ({
          id: `${names.tag}-Q${q + 1}`,
          title: `Qualification ${q + 1}`,
          requires: { all: [0, 1, 2].map((k) => units[(q + k * 7) % units.length]) },
          practicalValidation: false,
          validityMonths: null,
        })),
        mapping: units.flatMap((u, i) => [0, 1].map((k) => ({ schemeUnit: u, referenceUlo: ulo(i * 2 + k), coverage: 'full', approved: true }))),
      },
    ],
  };
  const admin = graphql(server.url, await login(server.url, 'admin@fit.demo'));
  await admin('mutation($j: String!) { importFramework(json: $j) { code } }', { j: JSON.stringify(framework) });
  const { rows: users } = await db.query(
    `insert into users (display_name, language) select 'Compagnon ' || g, 'fr' from generate_series(1, ${WORKERS}) g returning id`,
  );
  const ids = users.map((u) => u.id);
  await db.query(`insert into memberships (user_id, organisation_id, role) select unnest($1::uuid[]), $2, 'worker'`, [ids, org.id]);
  for (let m = 0; m < MODULES; m++) {
    const outcomes = [0, 1, 2, 3].map((k) => ulo(m * 4 + k));
    const {
      rows: [module],
    } = await db.query(`insert into learning_modules (organisation_id, slug, created_by) values ($1, $2, $3) returning id`, [org.id, `${names.org}-${m}`, manager.id]);
    const {
      rows: [version],
    } = await db.query(
      `insert into module_versions (module_id, organisation_id, version, status, content, published_at, published_by)
       values ($1, $2, 1, 'published', $3, now(), $4) returning id`,
      [module.id, org.id, { title: { fr: `Module ${m}` }, outcomes }, manager.id],
    );
    // About 60 % of workers passed each module: a mix of held, in-progress and missing cells.
    await db.query(
      `insert into learning_progress (user_id, activity_id, attempts, first_at, last_at, passed_at, best_score, statement_count)
       select u, $2, 1, now(), now(), now(), 1, 1 from unnest($1::uuid[]) as t(u) where random() < 0.6`,
      [ids, `https://w3id.org/fit/module-versions/${version.id}`],
    );
  }
  return org.id;
}

const medianMs = (values) => round(median(values));
