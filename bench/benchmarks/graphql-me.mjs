// `me` through GraphQL (auth guard, resolver, ORM) against the same answer read with raw SQL, in the same run; and
// Apollo's own floor: an authenticated `{ __typename }`, which reads nothing (the guard passes it as public).
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
  const rps = async (query) => {
    const result = await autocannon({
      url: `${server.url}/graphql`,
      method: 'POST',
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`graphql ${query}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return round(result.requests.average);
  };
  const me = await rps('{ me { id email displayName language role organisation { id slug name kind } } }');
  const raw = round(await rawSelectRps(server.databaseUrl));
  const typename = await rps('{ __typename }');
  return { graphql_me_rps: me, raw_pg_select_rps: raw, graphql_typename_rps: typename };
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

