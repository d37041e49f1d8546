// Each integration test file gets its own fresh database on the machine's PostgreSQL, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The API's role in tests, as in production: no ownership, append-only on the ledger (see database/roles.ts). */
export const TEST_APP_ROLE = 'fit_app_test';

export interface TestDatabase {
  /** The owner's connection (the cluster's admin): migrations, and tests that must reach past the API's rights. */
  url: string;
  /** The API's own role on the same database. */
  appUrl: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = 'fit_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await ensureAppRole();
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const appUrl = new URL(url);
  appUrl.username = TEST_APP_ROLE;
  appUrl.password = '';
  return { url: url.toString(), appUrl: appUrl.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

/**
 * Roles are cluster-wide while each test file has its own database, and files run in parallel: the role is made
 * once, under an advisory lock, and a concurrent creation elsewhere counts as done.
 */
async function ensureAppRole(): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [TEST_APP_ROLE]);
    const found = await client.query<{ '?column?': number }>('select 1 from pg_roles where rolname = $1', [TEST_APP_ROLE]);
    if (found.rowCount === 0) {
      await client.query<never>(`create role ${TEST_APP_ROLE} login nosuperuser nocreatedb nocreaterole`).catch((error: { code?: string }) => {
        // duplicate_object or unique_violation: another process made it between our check and our create.
        if (error.code !== '42710' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
