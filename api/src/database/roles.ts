// Least privilege: the schema belongs to an owner role that runs the migrations; the API connects as another role
// that may read and write the application's tables but can only append to the learning-record ledger (and mark a
// statement voided). It owns nothing, so it cannot ALTER the ledger or DISABLE its append-only trigger either.
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { dataSourceOptions } from './data-source-options.js';
import { querySingle } from '../common/sql.js';

/** The ledger: append-only for the API; the only change it may make is the voiding pair of columns. */
export const LEDGER_TABLE = 'xapi_statements';
const LEDGER_VOIDING_COLUMNS = ['voided', 'voided_by'];

/** The role name a connection URL signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username) || 'postgres';
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Runs the migrations as the owner, then (when the API uses a role of its own) grants that role exactly what it
 * needs. Idempotent: every start re-applies the grants, so tables added by new migrations are covered.
 */
export async function migrateAndGrant(ownerUrl: string, appUrl: string): Promise<void> {
  const owner = new DataSource(dataSourceOptions(ownerUrl));
  await owner.initialize();
  // Several API instances may start at once: one migrates and grants at a time (a session lock on its own connection).
  const lock = owner.createQueryRunner();
  try {
    await lock.query('select pg_advisory_lock(hashtext($1))', ['fit:migrate-and-grant']);
    await owner.runMigrations();
    const { current_user: ownerRole } = await querySingle<{ current_user: string }>(owner, 'select current_user');
    const appRole = roleOf(appUrl);
    if (appRole !== ownerRole) await grantAppRole(owner, appRole);
  } finally {
    await lock.release();
    await owner.destroy();
  }
}

/** Grants of the API's role, applied by the owner in one transaction. */
export async function grantAppRole(owner: DataSource, appRole: string): Promise<void> {
  const role = ident(appRole);
  const ledger = ident(LEDGER_TABLE);
  await owner.transaction(async (tx) => {
    await tx.query(`grant usage on schema public to ${role}`);
    // Reading and writing the application's own tables, the job queue among them; never TRUNCATE, REFERENCES or TRIGGER.
    await tx.query(`grant select, insert, update, delete on all tables in schema public to ${role}`);
    await tx.query(`grant usage, select on all sequences in schema public to ${role}`);
    // Revoking the table-wide UPDATE also drops any column grant, so the voiding columns are granted afresh after.
    await tx.query(`revoke update, delete, truncate, trigger, references on ${ledger} from ${role}`);
    await tx.query(`grant update (${LEDGER_VOIDING_COLUMNS.map(ident).join(', ')}) on ${ledger} to ${role}`);
    await tx.query(`revoke insert, update, delete, truncate on "migrations" from ${role}`);
    // The job queue's schema (made by a migration) is pg-boss's to install and upgrade at start, as the API's role.
    // pg-boss begins with CREATE SCHEMA IF NOT EXISTS, which PostgreSQL checks against the database's CREATE right
    // even when the schema is there: the role may create schemas (of its own), never touch the owner's tables.
    const { db } = await querySingle<{ db: string }>(tx, 'select current_database() as db');
    await tx.query(`grant create on database ${ident(db)} to ${role}`);
    await tx.query(`create schema if not exists "pgboss"`);
    await tx.query(`grant usage, create on schema "pgboss" to ${role}`);
    await tx.query(`grant all on all tables in schema "pgboss" to ${role}`);
    await tx.query(`grant all on all sequences in schema "pgboss" to ${role}`);
  });
}

/** What the API's own connection could do to the ledger that it should not; empty when the guard holds. */
export async function ledgerWeaknesses(app: DataSource): Promise<string[]> {
  const [row] = await app.query<{ superuser: boolean; owner: boolean; update: boolean; delete: boolean; truncate: boolean }[]>(
    `select r.rolsuper as superuser,
            pg_has_role(current_user, c.relowner, 'USAGE') as owner,
            has_table_privilege(c.oid, 'UPDATE') as update,
            has_table_privilege(c.oid, 'DELETE') as delete,
            has_table_privilege(c.oid, 'TRUNCATE') as truncate
       from pg_roles r, pg_class c
      where r.rolname = current_user and c.oid = to_regclass($1)`,
    [LEDGER_TABLE],
  );
  if (!row) return [];
  const found: string[] = [];
  if (row.superuser) found.push('is a superuser');
  if (row.owner) found.push('owns the ledger (can ALTER it and DISABLE its trigger)');
  if (row.update) found.push('may UPDATE any column of the ledger');
  if (row.delete) found.push('may DELETE from the ledger');
  if (row.truncate) found.push('may TRUNCATE the ledger');
  return found;
}

/** Logs a warning at start when the API's role could rewrite the ledger (README: "Database roles"). */
export async function warnWhenLedgerIsAlterable(app: DataSource, log: Pick<Logger, 'warn'>): Promise<string[]> {
  const weaknesses = await ledgerWeaknesses(app);
  if (weaknesses.length > 0) {
    log.warn(
      { role: roleOf((app.options as { url: string }).url), weaknesses },
      `The API's database role ${weaknesses.join(', ')}: learning records could be altered outside FIT. ` +
        'Run the API as its own role and migrations as the owner (DATABASE_URL and DATABASE_OWNER_URL; see the README, "Database roles").',
    );
  }
  return weaknesses;
}
