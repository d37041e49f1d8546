// `me` through GraphQL (auth guard, resolver, ORM) against the same answer read with raw SQL, in the same run.
import autocannon from 'autocannon';
import pg from 'pg';
import { login } from '../support/server.mjs';
import { round } from '../support/stats.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

const ME_SQL = `select u.id, u.email, u.display_name, u.language, m.role, o.id as org_id, o.slug, o.name, o.kind
  from users u join memberships m on m.user_id = u.id join organisations o on o.id = m.organisation_id
  where u.id = (select id from users where email = $1)`;

export async function run({ server }) {
  const token = await login(server.url, 'trainer@fit.demo');
  const gql = await autocannon({
    url: `${server.url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id email displayName language role organisation { id slug name kind } } }' }),
  });
  if (gql.non2xx > 0 || gql.errors > 0) throw new Error(`graphql me: ${gql.non2xx} non-2xx, ${gql.errors} errors`);
  return { graphql_me_rps: round(gql.requests.average), raw_pg_select_rps: round(await rawSelectRps(server.databaseUrl)) };
}

async function rawSelectRps(databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      await pool.query(ME_SQL, ['trainer@fit.demo']);
      done++;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (Date.now() - started) / 1000;
  await pool.end();
  return done / elapsed;
}

