// The API's own database role cannot rewrite the learning-record ledger (finding 9): it may append and read, and
// mark a statement voided only with a stored voiding statement; no UPDATE of content, DELETE, TRUNCATE, ALTER or
// DISABLE TRIGGER. The job queue stays the API's to manage.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../test-support/xapi-client.js';
import { dataSourceOptions } from './data-source-options.js';
import { ledgerWeaknesses, warnWhenLedgerIsAlterable } from './roles.js';
import { queryRows, querySingle } from '../common/sql.js';

describe("least privilege of the API's database role (real PostgreSQL)", () => {
  let sut: TestApp;
  let statementId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    const workerId = await addWorker(sut.dataSource, 'Ledger Keeper', 'ledger@fit.demo');
    const xapi = xapiClient(sut.url, await basicAuthFor(sut.dataSource));
    const failed = statementBy(workerId, VERB.failed, 'https://fit.example/activities/ledger');
    expect((await xapi('POST', '', failed)).status).toBe(200);
    statementId = failed.id;
  });
  afterAll(() => sut.close());

  const api = () => sut.dataSource;

  it('connects as a role that is neither superuser nor owner of the ledger', async () => {
    const [row] = await api().query<{ rolsuper: boolean; owns: boolean }[]>(
      `select r.rolsuper, pg_has_role(current_user, c.relowner, 'USAGE') as owns
         from pg_roles r, pg_class c where r.rolname = current_user and c.oid = 'xapi_statements'::regclass`,
    );
    expect(row).toEqual({ rolsuper: false, owns: false });
    expect(await ledgerWeaknesses(api())).toEqual([]);
  });

  it('cannot UPDATE, DELETE or TRUNCATE the ledger, directly or by cascade', async () => {
    await expect(queryRows(api(), `update xapi_statements set verb_id = 'x' where id = $1`, [statementId])).rejects.toThrow(/permission denied/);
    await expect(queryRows(api(), 'delete from xapi_statements where id = $1', [statementId])).rejects.toThrow(/permission denied/);
    await expect(queryRows(api(), 'truncate xapi_statements')).rejects.toThrow(/permission denied/);
    await expect(queryRows(api(), 'truncate organisations cascade')).rejects.toThrow(/permission denied/);
    const { n } = await querySingle<{ n: number }>(api(), 'select count(*)::int as n from xapi_statements where id = $1 and not voided', [statementId]);
    expect(n).toBe(1);
  });

  it('cannot mark a statement voided without a stored voiding statement naming it', async () => {
    await expect(queryRows(api(), 'update xapi_statements set voided = true, voided_by = $2 where id = $1', [statementId, randomUUID()])).rejects.toThrow(
      /voided only by a stored voiding statement/,
    );
    await expect(queryRows(api(), 'update xapi_statements set voided = true where id = $1', [statementId])).rejects.toThrow(/append-only/);
  });

  it('cannot ALTER the ledger or DISABLE its append-only trigger', async () => {
    await expect(queryRows(api(), 'alter table xapi_statements disable trigger xapi_statements_append_only')).rejects.toThrow(/must be owner/);
    await expect(queryRows(api(), 'alter table xapi_statements disable trigger all')).rejects.toThrow(/must be owner/);
    await expect(queryRows(api(), 'drop trigger xapi_statements_append_only on xapi_statements')).rejects.toThrow(/must be owner/);
    await expect(queryRows(api(), 'create or replace function xapi_statements_append_only() returns trigger language plpgsql as $$ begin return new; end $$')).rejects.toThrow(
      /must be owner|permission denied/,
    );
  });

  it('still voids through the xAPI with a voiding statement, and manages its job queue', async () => {
    const xapi = xapiClient(sut.url, await basicAuthFor(sut.dataSource));
    const { actor_user_id: workerId } = await querySingle<{ actor_user_id: string }>(api(), 'select actor_user_id from xapi_statements where id = $1', [statementId]);
    const voiding = statementBy(workerId, VERB.voided, 'unused', { object: { objectType: 'StatementRef', id: statementId } });
    expect((await xapi('POST', '', voiding)).status).toBe(200);
    const { voided } = await querySingle<{ voided: boolean }>(api(), 'select voided from xapi_statements where id = $1', [statementId]);
    expect(voided).toBe(true);
    await api().query(`update pgboss.job set state = state where false`);
    await api().query(`delete from pgboss.job where state = 'completed' and completed_on < now() - interval '100 years'`);
  });

  it("warns at start when the API's role could alter the ledger (here: the owner's connection)", async () => {
    const owner = new DataSource(dataSourceOptions(sut.database.url));
    await owner.initialize();
    try {
      const warnings: unknown[][] = [];
      const found = await warnWhenLedgerIsAlterable(owner, { warn: (...args: unknown[]) => warnings.push(args) } as never);
      expect(found).toEqual(expect.arrayContaining(['is a superuser', 'may TRUNCATE the ledger']));
      expect(warnings).toHaveLength(1);
      expect(String(warnings[0]![1])).toMatch(/DATABASE_OWNER_URL/);
    } finally {
      await owner.destroy();
    }
  });
});
