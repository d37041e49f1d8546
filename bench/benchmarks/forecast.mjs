// A territory's five-year forecast at scale: 500 planned projects over 5 years, ratios requiring 40 ULOs, and 2,000
// workers of 10 companies sharing with the network body, each holding some of those ULOs through a live award (some
// expiring within the period). forecast_ms is the planner's `forecast` query through GraphQL (three scenarios, every
// year and ULO); forecast_supply_sql_ms is the one aggregate it runs on the awards (printed below), alone.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import pg from 'pg';
import { graphqlAs, login } from '../support/server.mjs';
import { median, round } from '../support/stats.mjs';

const PROJECTS = 500;
const ULOS = 40;
const WORKERS = 2000;
const COMPANIES = 10;
const RUNS = 5;
const PACKAGES = ['externalWallInsulation', 'windowReplacement', 'atticInsulation', 'heatPump', 'mvhr', 'airtightness', 'solarThermal', 'solarPv'];

const FORECAST = `query($t: ID!) { forecast(territoryId: $t, firstYear: 2027) {
  scenarios { kind totalHours peopleToTrain }
  years { scenario year hours hoursByTrade { trade hours } ulos { ulo needed held expiring gap } qualifications { code gap } }
  plan { hours uncovered } } }`;

export async function run({ root, server }) {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const { networkId, territoryId, companyIds } = await seed(root, db);
    const gql = graphqlAs(server.url, await login(server.url, 'planner@bench-forecast.test'));
    const { HOLDERS_BY_ULO } = await import(pathToFileURL(join(root, 'api/dist/features/forecast/supply.sql.js')).href);
    await gql(FORECAST, { t: territoryId }); // warm-up
    const apiMs = [];
    const sqlMs = [];
    let answer;
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      answer = await gql(FORECAST, { t: territoryId });
      apiMs.push(performance.now() - t);
      t = performance.now();
      await db.query(HOLDERS_BY_ULO, [companyIds]);
      sqlMs.push(performance.now() - t);
    }
    const ulosSeen = new Set(answer.forecast.years.flatMap((y) => y.ulos.map((u) => u.ulo))).size;
    if (ulosSeen !== ULOS) throw new Error(`the forecast saw ${ulosSeen} ULOs, not ${ULOS}`);
    process.stderr.write(`\n  forecast supply SQL (network ${networkId}):${HOLDERS_BY_ULO}\n`);
    return { forecast_ms: round(median(apiMs)), forecast_supply_sql_ms: round(median(sqlMs)) };
  } finally {
    await db.end();
  }
}

async function seed(root, db) {
  const { hashSecret } = await import(pathToFileURL(join(root, 'api/dist/features/identity/passwords.js')).href);
  const one = async (sql, params) => (await db.query(sql, params)).rows[0];
  const network = await one(`insert into organisations (slug, name, kind) values ('bench-forecast', 'Bench network body', 'network') returning id`);
  const planner = await one(`insert into users (email, display_name, language, password_hash) values ('planner@bench-forecast.test', 'Bench planner', 'fr', $1) returning id`, [await hashSecret('fit-demo')]);
  await db.query(`insert into memberships (user_id, organisation_id, role) values ($1, $2, 'planner')`, [planner.id, network.id]);
  const territory = await one(`insert into territories (organisation_id, name, codes) values ($1, 'Bench territory', '{69123}') returning id`, [network.id]);
  const ulo = (i) => `BF-ULO-${String(i + 1).padStart(2, '0')}`;
  // Eight work packages, five ULOs each: 40 ULOs.
  for (const [p, wp] of PACKAGES.entries()) {
    await db.query(
      `insert into forecast_ratios (organisation_id, work_package, hours_per_unit, ulos, demo_value, source) values ($1, $2, $3, $4, false, 'bench')`,
      [network.id, wp, { insulation: 1 + p, joinery: 0.5 }, [0, 1, 2, 3, 4].map((k) => ulo(p * 5 + k))],
    );
  }
  await db.query(
    `insert into forecast_projects (organisation_id, territory_id, name, years, building_type, quantities)
     select $1, $2, 'Projet ' || g, array[2027 + g % 5, 2027 + (g + 1) % 5]::smallint[], 'apartmentBlock',
            jsonb_build_object('externalWallInsulation', 500 + g, 'windowReplacement', 40 + g % 7, 'atticInsulation', 300, 'heatPump', g % 4,
                               'mvhr', g % 3, 'airtightness', 10, 'solarThermal', 20, 'solarPv', 30)
       from generate_series(1, ${PROJECTS}) g`,
    [network.id, territory.id],
  );
  const { rows: companies } = await db.query(
    `insert into organisations (slug, name, kind) select 'bench-forecast-co-' || g, 'Bench company ' || g, 'sme' from generate_series(1, ${COMPANIES}) g returning id`,
  );
  const companyIds = companies.map((c) => c.id);
  await db.query(`insert into sharing_agreements (company_organisation_id, network_organisation_id) select unnest($1::uuid[]), $2`, [companyIds, network.id]);
  const { rows: users } = await db.query(`insert into users (display_name, language) select 'Compagnon ' || g, 'fr' from generate_series(1, ${WORKERS}) g returning id`);
  const ids = users.map((u) => u.id);
  await db.query(
    `insert into memberships (user_id, organisation_id, role) select u, ($2::uuid[])[1 + (n % ${COMPANIES})], 'worker' from unnest($1::uuid[]) with ordinality as t(u, n)`,
    [ids, companyIds],
  );
  const qualification = await one('select id from scheme_qualifications order by id limit 1');
  // Each worker holds 8 of the 40 ULOs through one live award; a third of the holds expire within the period.
  await db.query(
    `insert into qualification_awards (user_id, qualification_id, awarded_at, expires_at, evidence)
     select u, $2, current_date, null,
            (select jsonb_agg(jsonb_build_object('ulo', 'BF-ULO-' || lpad((1 + (n + k * 5) % ${ULOS})::text, 2, '0'), 'state', 'held',
                    'achievedAt', '2026-01-01', 'expiresAt', case when (n + k) % 3 = 0 then (2027 + (n + k) % 5) || '-06-30' end, 'evidence', '[]'::jsonb))
               from generate_series(0, 7) k)
       from unnest($1::uuid[]) with ordinality as t(u, n)`,
    [ids, qualification.id],
  );
  await db.query('analyze');
  return { networkId: network.id, territoryId: territory.id, companyIds };
}
