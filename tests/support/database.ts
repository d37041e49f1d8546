// Direct reads of the e2e server's database, for checks a screen cannot show (e.g. each record stored exactly once).
import pg from 'pg';

export async function queryDb<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = process.env.FIT_E2E_DATABASE_URL;
  if (!url) throw new Error('FIT_E2E_DATABASE_URL is not set: run the specs through the global setup.');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
