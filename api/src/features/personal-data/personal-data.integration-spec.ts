// Personal data on the real database with the demo: a person downloads everything FIT holds about them (and a
// manager on a worker's behalf, only their organisation's part); an erasure is requested, executed by an admin only,
// and afterwards the person's name and contact data are nowhere in the database but the pseudonym (the ledger aside,
// which names no one), every GraphQL answer, CSV and credential listing shows the pseudonym, their PIN, badge and
// evidence photos are gone, their credentials verify as revoked, and the ledger has the same statements and hashes.
// Evidence photos past an organisation's retention are deleted by the daily run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import sharp from 'sharp';
import { credentialsCommand } from '../../cli/commands/credentials.js';
import { addMember } from '../../test-support/accounts.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { CredentialsIssuer } from '../credentials/credentials-issuer.service.js';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage.js';
import { storeMediaAsset } from '../media/media.service.js';
import { EvidenceRetentionService } from './evidence-retention.service.js';
import { queryRows, querySingle } from '../../common/sql.js';

jest.setTimeout(180_000);

const NAME = 'João Ferreira';
const EMAIL = 'joao.ferreira@fit.test';

interface Ledger {
  n: number;
  digest: string;
}

describe('personal data: export, erasure, retention', () => {
  let sut: TestApp;
  let admin: string;
  let manager: string;
  let joao: string;
  let orgId: string;
  let siteId: string;
  let photoId: string;
  let credentialDoc: Record<string, unknown>;
  let ledgerBefore: Ledger;

  const ledger = async (): Promise<Ledger> => {
    const [row] = await sut.dataSource.query<{ n: number; digest: string }[]>(
      `select count(*)::int as n, md5(string_agg(id::text || ':' || content_hash || ':' || statement::text || ':' || voided::text, ',' order by id)) as digest from xapi_statements`,
    );
    return row!;
  };
  const evidencePhoto = async (userId: string): Promise<string> => {
    const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: { r: 10, g: 120, b: 40 } } }).png().toBuffer();
    const asset = await sut.dataSource.transaction((tx) =>
      storeMediaAsset(tx, sut.app.get<MediaStorage>(MEDIA_STORAGE), { organisationId: orgId, createdBy: userId, bytes: png, contentType: 'image/png', purpose: 'evidence' }),
    );
    return asset.id;
  };
  const mediaFile = (id: string) => join(sut.dataDir, 'media', id.slice(0, 2), id);
  const download = (path: string, token: string) => fetch(`${sut.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    sut = await startTestApp({ demoWork: true });
    await sut.app.get(CredentialsIssuer).issuePending();
    admin = await sut.login('admin@fit.demo');
    manager = await sut.login('manager@fit.demo');
    joao = (await querySingle<{ id: string }>(sut.dataSource, 'select id from users where display_name = $1', [NAME])).id;
    orgId = (await querySingle<{ id: string }>(sut.dataSource, `select id from organisations where slug = 'demo'`)).id;
    siteId = (await querySingle<{ id: string }>(sut.dataSource, 'select id from sites where organisation_id = $1 limit 1', [orgId])).id;
    // Contact data and a photo of his work, as a real worker would have.
    await sut.dataSource.query('update users set email = $2 where id = $1', [joao, EMAIL]);
    await sut.dataSource.query(`insert into notifications (user_id, organisation_id, kind, message) select user_id, organisation_id, 'pin-lockout', $2 from memberships where user_id <> $1 and organisation_id = $3 and role = 'manager'`, [
      joao,
      `${NAME} is locked out of the tablet`,
      orgId,
    ]);
    photoId = await evidencePhoto(joao);
    const [cred] = await sut.dataSource.query<{ id: string }[]>('select id from issued_credentials where user_id = $1 limit 1', [joao]);
    credentialDoc = (await (await fetch(`${sut.url}/credentials/${cred!.id}`)).json()) as Record<string, unknown>;
  });
  afterAll(() => sut?.close());

  it('gives a person everything FIT holds about them as JSON, without secrets, and their passport as PDF', async () => {
    const workerId = await addWorker(sut.dataSource, 'Nadia Petit', 'nadia@fit.test');
    const xapi = xapiClient(sut.url, await basicAuthFor(sut.dataSource));
    expect((await xapi('POST', '', [statementBy(workerId, VERB.completed, 'https://w3id.org/fit/modules/export/v/1')])).status).toBe(200);
    const own = await sut.login('nadia@fit.test');
    const res = await download('/personal-data/export.json', own);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="fit-personal-data-/);
    const data = (await res.json()) as { person: { displayName: string; email: string }; scope: unknown; memberships: unknown[]; learningRecords: { statement: { verb: { id: string } } }[]; records: Record<string, unknown[]> };
    expect(data.person).toMatchObject({ displayName: 'Nadia Petit', email: 'nadia@fit.test' });
    expect(data.scope).toBe('everything');
    expect(data.memberships).toHaveLength(1);
    expect(data.learningRecords.map((r) => r.statement.verb.id)).toEqual([VERB.completed]);
    expect(Object.keys(data.records)).toContain('sessions');
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/password|pin_hash|token_hash|argon2/i);
    const pdf = await download('/personal-data/passport.pdf?lang=en', own);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("lets a manager download a worker's data on their behalf, limited to the organisation, and no one else's", async () => {
    const res = await download(`/personal-data/export.json?workerId=${joao}`, manager);
    expect(res.status).toBe(200);
    const data = (await res.json()) as { person: { displayName: string }; scope: unknown; evidencePhotos: { id: string }[]; records: Record<string, unknown[]> };
    expect(data.person.displayName).toBe(NAME);
    expect(data.scope).toEqual({ organisation: expect.any(String) });
    expect(data.evidencePhotos.map((p) => p.id)).toContain(photoId);
    expect(data.records.sessions).toBeUndefined();
    expect((await download(`/personal-data/passport.pdf?workerId=${joao}`, manager)).status).toBe(200);
    // A trainer is not on the person's behalf; another organisation's admin does not see him at all.
    const trainer = await sut.login('trainer@fit.demo');
    expect((await download(`/personal-data/export.json?workerId=${joao}`, trainer)).status).toBe(404);
    await addMember(sut.dataSource, 'pd-other', 'admin@pd-other.test', 'admin');
    const other = await sut.login('admin@pd-other.test');
    expect((await download(`/personal-data/export.json?workerId=${joao}`, other)).status).toBe(404);
    const asked = await sut.gql('mutation($w: ID) { requestErasure(workerId: $w) { id } }', { w: joao }, other);
    expect(asked.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('records an erasure request; only an admin of the organisation executes it', async () => {
    const asked = await sut.gql<{ requestErasure: { id: string; personName: string; requestedByName: string; executedAt: string | null } }>(
      'mutation($w: ID) { requestErasure(workerId: $w) { id personName requestedByName executedAt } }',
      { w: joao },
      manager,
    );
    expect(asked.data?.requestErasure).toMatchObject({ personName: NAME, executedAt: null });
    // Before: his name is in his signed credential and in a manager's notification.
    expect(JSON.stringify(credentialDoc)).toContain(NAME);
    // Asking again finds the same waiting request.
    const again = await sut.gql<{ requestErasure: { id: string } }>('mutation($w: ID) { requestErasure(workerId: $w) { id } }', { w: joao }, manager);
    expect(again.data?.requestErasure.id).toBe(asked.data?.requestErasure.id);
    const byManager = await sut.gql('mutation($r: ID!) { executeErasure(requestId: $r) { id } }', { r: asked.data!.requestErasure.id }, manager);
    expect(byManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await sut.login('admin@pd-other.test');
    const byOther = await sut.gql('mutation($r: ID!) { executeErasure(requestId: $r) { id } }', { r: asked.data!.requestErasure.id }, other);
    expect(byOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    ledgerBefore = await ledger();
    const done = await sut.gql<{ executeErasure: { personName: string; executedAt: string; executedByName: string } }>(
      'mutation($r: ID!) { executeErasure(requestId: $r) { personName executedAt executedByName } }',
      { r: asked.data!.requestErasure.id },
      admin,
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.executeErasure.personName).toMatch(/^P-[A-Z2-9]{8}$/);
    expect(done.data?.executeErasure.executedAt).toBeTruthy();
    const twice = await sut.gql('mutation($r: ID!) { executeErasure(requestId: $r) { id } }', { r: asked.data!.requestErasure.id }, admin);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const listed = await sut.gql<{ personalDataRequests: { personName: string; requestedByName: string; executedByName: string }[] }>(
      '{ personalDataRequests { personName requestedByName executedByName } }',
      {},
      manager,
    );
    expect(listed.data?.personalDataRequests).toEqual([
      { personName: done.data!.executeErasure.personName, requestedByName: expect.any(String), executedByName: done.data!.executeErasure.executedByName },
    ]);
  });

  it('keeps the ledger exactly: same statements, same hashes, same content', async () => {
    expect(await ledger()).toEqual(ledgerBefore);
  });

  it('leaves the name and e-mail nowhere in the database outside the ledger, and none in the ledger either', async () => {
    const columns = await sut.dataSource.query<{ table: string; column: string }[]>(
      `select c.table_name as "table", c.column_name as "column" from information_schema.columns c
         join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'jsonb', 'json')`,
    );
    const found: string[] = [];
    for (const { table, column } of columns) {
      for (const needle of [NAME, EMAIL, JSON.stringify(NAME).slice(1, -1)]) {
        const { n } = await querySingle<{ n: number }>(sut.dataSource, `select count(*)::int as n from "${table}" where position($1 in "${column}"::text) > 0`, [needle]);
        if (n > 0) found.push(`${table}.${column}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('shows the pseudonym in every GraphQL answer, CSV export and credential listing', async () => {
    const answers = await Promise.all([
      sut.gql('{ workers { id displayName email hasPin } }', {}, manager),
      sut.gql('query($w: ID) { passport(workerId: $w) { displayName } }', { w: joao }, manager),
      sut.gql('query($w: ID) { credentials(workerId: $w) { workerName state } }', { w: joao }, manager),
      sut.gql('query($w: ID) { passportElm(workerId: $w) }', { w: joao }, manager),
      sut.gql('{ teamMatrix { workers { id displayName } } teamMatrixCsv }', {}, manager),
      sut.gql('query($s: ID!) { cohort(siteId: $s) { workers { displayName } } }', { s: siteId }, manager),
      sut.gql('{ upcomingRenewals(days: 366) { workerName } myNotifications { message } }', {}, manager),
    ]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const text = JSON.stringify(answers);
    expect(text).not.toContain(NAME);
    expect(text).not.toContain(EMAIL);
    const workers = (answers[0].data as { workers: { id: string; displayName: string; email: string | null; hasPin: boolean }[] }).workers;
    expect(workers.find((w) => w.id === joao)).toEqual({ id: joao, displayName: expect.stringMatching(/^P-/), email: null, hasPin: false });
    expect(text).toContain('is locked out of the tablet');
    const csv = await (await download('/qualifications/matrix.csv', manager)).text();
    expect(csv).toMatch(/P-[A-Z2-9]{8}/);
    expect(csv).not.toContain(NAME);
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = sut.database.url;
    try {
      expect(await credentialsCommand.run(['--org', 'demo', '--json'])).toBe(0);
    } finally {
      process.env.DATABASE_URL = previous;
      log.mockRestore();
    }
    expect(lines.join('\n')).not.toContain(NAME);
  });

  it('removed his PIN, badge and evidence photo, ended his sessions and revoked his credentials', async () => {
    const [m] = await sut.dataSource.query<{ pin_hash: string | null; badge_code: string | null }[]>('select pin_hash, badge_code from memberships where user_id = $1', [joao]);
    expect(m).toEqual({ pin_hash: null, badge_code: null });
    expect(await queryRows(sut.dataSource, 'select id from media_assets where id = $1', [photoId])).toEqual([]);
    expect(existsSync(mediaFile(photoId))).toBe(false);
    // Nothing live, and nothing new issued afterwards (awards still derived from his records get no credential).
    await sut.app.get(CredentialsIssuer).issuePending();
    const { live } = await querySingle<{ live: number }>(sut.dataSource, 'select count(*)::int as live from issued_credentials where user_id = $1 and revoked_at is null', [joao]);
    expect(live).toBe(0);
    // The copy he kept verifies as revoked (status list bit), not as forged.
    const verdict = (await (
      await fetch(`${sut.url}/credentials/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentialDoc) })
    ).json()) as { verdict: string };
    expect(verdict.verdict).toBe('revoked');
  });

  it('deletes evidence photos older than the retention an admin sets, and keeps newer ones', async () => {
    const worker = await addWorker(sut.dataSource, 'Paul Girard', 'paul@fit.test');
    const old = await evidencePhoto(worker);
    const recent = await evidencePhoto(worker);
    await sut.dataSource.query(`update media_assets set created_at = now() - interval '3 years' where id = $1`, [old]);
    const retention = sut.app.get(EvidenceRetentionService);
    expect(await retention.run()).toBe(0);
    expect((await sut.gql('mutation { setEvidenceRetentionYears(years: 2) }', {}, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await sut.gql('mutation { setEvidenceRetentionYears(years: 0) }', {}, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await sut.gql('mutation { setEvidenceRetentionYears(years: 2) }', {}, admin)).data).toEqual({ setEvidenceRetentionYears: 2 });
    expect((await sut.gql('{ evidenceRetentionYears }', {}, admin)).data).toEqual({ evidenceRetentionYears: 2 });
    expect(await retention.run()).toBe(1);
    expect(await queryRows(sut.dataSource, 'select id from media_assets where id = any($1::uuid[]) order by id', [[old, recent]])).toEqual([{ id: recent }]);
    expect(existsSync(mediaFile(old))).toBe(false);
    expect(existsSync(mediaFile(recent))).toBe(true);
  });
});
