// Open Badges 3.0 issuing on the real database with the demo seed: issued credentials verify with the library's own
// verifier and against the 1EdTech JSON schema; revocation, key rotation, issuing from the job queue, retries after a
// signing failure, the ELM export and the command line. Verifying (tampering, expiry, other issuers, hostile input,
// server-side request forgery) is in credential-verification.integration-spec.ts.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { FIT_ACCOUNT_HOMEPAGE, FIT_EXTENSIONS, FIT_VERBS, moduleVersionActivity } from '@fit/shared';
import { addMember } from '../../test-support/accounts.js';
import { CREDENTIALS_TEST_CONFIG, PUBLIC_URL, credentialsClient, eventually, type Doc } from '../../test-support/credentials-harness.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { credentialsCommand } from '../../cli/commands/credentials.js';
import { credentialsRotateKeyCommand } from '../../cli/commands/credentials-rotate-key.js';
import { CredentialKeysService } from './credential-keys.service.js';
import { CredentialsIssuer } from './credentials-issuer.service.js';
import { queryRows, querySingle } from '../../common/sql.js';

jest.setTimeout(120_000);

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const SCHEMA = JSON.parse(readFileSync(resolve(REPO, '../shared/fixtures/standards/ob-3.0/ob_v3p0_achievementcredential_schema.json'), 'utf8')) as object;

describe('Open Badges 3.0 credentials: issuing', () => {
  let sut: TestApp;
  const { verify, credentialOf, libraryVerifies } = credentialsClient(() => sut);

  beforeAll(async () => {
    sut = await startTestApp({ config: CREDENTIALS_TEST_CONFIG });
    // The first start signs the demo's awards (main.ts does this before listening).
    await sut.app.get(CredentialsIssuer).issuePending();
  }, 120_000);
  afterAll(async () => {
    await sut?.close();
  });

  it("signs the demo's awards: the credential names the worker, not their e-mail, and verifies with the library and the OB 3.0 schema", async () => {
    const credential = await credentialOf('João Ferreira', 'EXFR-Q1');
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toMatch(new RegExp(`^${PUBLIC_URL}/credentials/[0-9a-f-]{36}$`));
    expect(credential.issuer).toMatchObject({ id: `${PUBLIC_URL}/issuers/demo`, type: ['Profile'] });
    const subject = credential.credentialSubject as { identifier: { identityType: string; identityHash: string }[]; achievement: Record<string, unknown> };
    expect(subject.identifier).toEqual(
      expect.arrayContaining([expect.objectContaining({ identityType: 'name', identityHash: 'João Ferreira' }), expect.objectContaining({ identityType: 'identifier' })]),
    );
    // No e-mail address anywhere (JSON-LD keywords aside).
    expect(JSON.stringify(credential).replace(/"@(context|id|type)"/g, '')).not.toContain('@');
    expect(subject.achievement).toMatchObject({ type: ['Achievement'], criteria: { narrative: expect.stringContaining('EXFR-Q1') } });
    const alignment = subject.achievement.alignment as { targetType: string; targetUrl: string }[];
    expect(alignment.some((a) => a.targetType === 'ceasn:Competency')).toBe(true);
    expect(alignment.find((a) => a.targetType === 'ext:EQFLevel')?.targetUrl).toMatch(/^http:\/\/data\.europa\.eu\/snb\/eqf\/[1-8]$/);
    expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: expect.stringMatching(`^${PUBLIC_URL}/status-lists/`) });
    expect(credential.evidence).toEqual([expect.objectContaining({ type: ['Evidence'], narrative: expect.stringMatching(/module/) })]);
    expect(credential.proof).toEqual([expect.objectContaining({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: expect.stringMatching(`^${PUBLIC_URL}/issuers/demo#key-`) })]);

    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const valid = ajv.validate(SCHEMA, credential);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    const library = await libraryVerifies(credential);
    expect(library.verified).toBe(true);
    const res = await verify(credential);
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe('valid');
    expect(res.body.checks.map((c) => [c.name, c.ok])).toEqual([
      ['open-badge', true],
      ['issuer', true],
      ['signature', true],
      ['status', true],
      ['validity-period', true],
    ]);
  });

  it('publishes the issuer profile with its Multikey keys, and a signed status list', async () => {
    const profile = (await (await fetch(`${sut.url}/issuers/demo`)).json()) as { id: string; verificationMethod: Record<string, string>[]; assertionMethod: string[] };
    expect(profile.id).toBe(`${PUBLIC_URL}/issuers/demo`);
    expect(profile.verificationMethod[0]).toMatchObject({ type: 'Multikey', controller: profile.id, publicKeyMultibase: expect.stringMatching(/^z6Mk/) });
    expect(profile.assertionMethod).toEqual(profile.verificationMethod.map((k) => k.id));
    const credential = await credentialOf('João Ferreira', 'EXFR-Q1');
    const listUrl = String((credential.credentialStatus as { statusListCredential: string }).statusListCredential);
    const list = (await (await fetch(listUrl.replace(PUBLIC_URL, sut.url))).json()) as Doc;
    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect((await libraryVerifies(list)).verified).toBe(true);
    expect((await fetch(`${sut.url}/issuers/nobody`)).status).toBe(404);
    expect((await fetch(`${sut.url}/credentials/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('a manager revokes with a reason: the status bit flips for every verifier; workers and other organisations cannot', async () => {
    const credential = await credentialOf('Claire Dubois', 'EXFR-Q2');
    const uuid = credential.id.split('/').pop()!;
    const mutation = 'mutation($id: ID!, $r: String!) { revokeCredential(id: $id, reason: $r) { id state revokedAt revocationReason } }';
    await addMember(sut.dataSource, 'demo', 'worker.badge@fit.demo', 'worker');
    const worker = await sut.login('worker.badge@fit.demo');
    expect((await sut.gql(mutation, { id: uuid, r: 'no' }, worker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await addMember(sut.dataSource, 'other-sme', 'manager@other.test', 'manager');
    const other = await sut.login('manager@other.test');
    expect((await sut.gql(mutation, { id: uuid, r: 'no' }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await verify(credential)).body.verdict).toBe('valid');

    const manager = await sut.login('manager@fit.demo');
    const done = await sut.gql<{ revokeCredential: { state: string; revocationReason: string } }>(mutation, { id: uuid, r: 'Training records found falsified' }, manager);
    expect(done.errors).toBeUndefined();
    expect(done.data?.revokeCredential).toMatchObject({ state: 'revoked', revocationReason: 'Training records found falsified' });
    const res = await verify(credential);
    expect(res.body.verdict).toBe('revoked');
    expect(res.body.checks.find((c) => c.name === 'status')?.detail).toMatch(/Revoked by .* on \d{4}-\d{2}-\d{2}: Training records found falsified/);
    // The award is withdrawn too, and the sweep does not sign it again.
    const [award] = await sut.dataSource.query<{ revoked: boolean }[]>(
      `select a.revoked_at is not null as revoked from qualification_awards a join issued_credentials c on c.award_id = a.id where c.id = $1`,
      [uuid],
    );
    expect(award!.revoked).toBe(true);
    // Opening her passport recomputes her awards: the withdrawn one is not made again from the same evidence.
    const { id: claire } = await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = 'Claire Dubois'`);
    expect((await sut.gql('query($w: ID) { passport(workerId: $w) { displayName } }', { w: claire }, manager)).errors).toBeUndefined();
    const live = await queryRows(
      sut.dataSource,
      `select 1 from qualification_awards a join scheme_qualifications q on q.id = a.qualification_id where a.user_id = $1 and q.code = 'EXFR-Q2' and a.revoked_at is null`,
      [claire],
    );
    expect(live).toEqual([]);
    await sut.app.get(CredentialsIssuer).issuePending();
    const { n } = await querySingle<{ n: number }>(sut.dataSource, `select count(*)::int as n from issued_credentials where award_id = (select award_id from issued_credentials where id = $1)`, [uuid]);
    expect(n).toBe(1);
  });

  it('rotating the key keeps old credentials valid; new ones are signed with the new key', async () => {
    const before = await credentialOf('João Ferreira', 'EXFR-Q1');
    const [org] = await sut.dataSource.query<{ id: string; slug: string; name: string }[]>(`select id, slug, name from organisations where slug = 'demo'`);
    const newKey = await sut.app.get(CredentialKeysService).rotate(org!);
    expect((await verify(before)).body.verdict).toBe('valid');
    // A renewal moves the award's expiry: a new credential, by the new key; the old one stays as it was.
    await sut.dataSource.query(
      `update qualification_awards a set expires_at = coalesce(a.expires_at, current_date) + 400 from users u, scheme_qualifications q
        where u.id = a.user_id and q.id = a.qualification_id and u.display_name = 'João Ferreira' and q.code = 'EXFR-Q1'`,
    );
    expect((await sut.app.get(CredentialsIssuer).issuePending()).issued).toBeGreaterThanOrEqual(1);
    const after = await credentialOf('João Ferreira', 'EXFR-Q1');
    expect(after.id).not.toBe(before.id);
    expect(String(after.proof[0]!.verificationMethod)).toBe(`${PUBLIC_URL}/issuers/demo#${newKey}`);
    expect((await verify(after)).body.verdict).toBe('valid');
    expect((await verify(before)).body.verdict).toBe('valid');
    const profile = (await (await fetch(`${sut.url}/issuers/demo`)).json()) as { assertionMethod: string[] };
    expect(profile.assertionMethod).toHaveLength(2);

    // The operator's command does the same, with the key sealed under the same CREDENTIALS_KEY (from FIT_DATA_DIR).
    const lines: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const saved = { ...process.env };
    Object.assign(process.env, { DATABASE_URL: sut.database.url, FIT_DATA_DIR: sut.dataDir, PUBLIC_URL });
    try {
      expect(await credentialsRotateKeyCommand.run(['--org', 'demo'])).toBe(0);
    } finally {
      process.env = saved;
      log.mockRestore();
    }
    const printed = JSON.parse(lines.join('')) as { verificationMethod: string };
    await sut.dataSource.query(
      `update qualification_awards a set expires_at = a.expires_at + 10 from users u, scheme_qualifications q
        where u.id = a.user_id and q.id = a.qualification_id and u.display_name = 'João Ferreira' and q.code = 'EXFR-Q1'`,
    );
    await sut.app.get(CredentialsIssuer).issuePending();
    const third = await credentialOf('João Ferreira', 'EXFR-Q1');
    expect(third.proof[0]!.verificationMethod).toBe(printed.verificationMethod);
    for (const c of [before, after, third]) expect((await verify(c)).body.verdict).toBe('valid');

    // The passport lists the award once, by its newest certificate: the older ones still verify, but are not shown
    // beside it as so many valid copies.
    const { id: joao } = await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = 'João Ferreira'`);
    const listed = await sut.gql<{ credentials: { url: string; qualification: string; state: string }[] }>(
      'query($w: ID) { credentials(workerId: $w) { url qualification state } }',
      { w: joao },
      await sut.login('manager@fit.demo'),
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.credentials.filter((c) => c.qualification === 'EXFR-Q1').map((c) => c.url)).toEqual([third.id]);
  });

  it('an award made by a sync gets its credential from the job queue, not on the request', async () => {
    const { id: organisationId } = await querySingle<{ id: string }>(sut.dataSource, `select id from organisations where slug = 'demo'`);
    const versions = new Map(
      (
        await sut.dataSource.query<{ slug: string; id: string }[]>(
          `select m.slug, v.id from learning_modules m join module_versions v on v.module_id = m.id where m.organisation_id = $1 and v.status = 'published'`,
          [organisationId],
        )
      ).map((r) => [r.slug, r.id]),
    );
    const workerId = await addWorker(sut.dataSource, 'Nadia Badge', 'nadia.badge@fit.demo');
    const token = await sut.login('nadia.badge@fit.demo');
    const batch = ['airtight-window-joints', 'reading-energy-labels'].map((slug) =>
      statementBy(workerId, VERB.passed, moduleVersionActivity(versions.get(slug)!), { result: { success: true, completion: true } }),
    );
    const res = await xapiClient(sut.url, `Bearer ${token}`)('POST', '', batch, { 'x-fit-device-id': 'tablet-1', 'x-fit-device-time': new Date().toISOString() });
    expect(res.status).toBe(200);
    // The modules have a practical step: the award (and so its credential) waits for the trainer's validations.
    const [me] = await sut.dataSource.query<{ id: string }[]>(`select id from users where email = 'trainer@fit.demo'`);
    const validations = batch.map((passed) =>
      statementBy(me!.id, FIT_VERBS.validated, passed.object.id, {
        result: { success: true },
        context: {
          statement: { objectType: 'StatementRef', id: passed.id },
          extensions: { [FIT_EXTENSIONS.learner]: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: workerId } } },
          contextActivities: { parent: [{ objectType: 'Activity', id: passed.object.id }] },
        },
      }),
    );
    expect((await xapiClient(sut.url, `Bearer ${await sut.login('trainer@fit.demo')}`)('POST', '', validations)).status).toBe(200);
    const rows = await eventually(
      () => sut.dataSource.query<{ id: string }[]>('select id from issued_credentials where user_id = $1', [workerId]),
      (r) => r.length > 0,
    );
    expect(rows).toHaveLength(1);
    const mine = await sut.gql<{ credentials: { id: string; qualification: string; state: string }[] }>('{ credentials { id qualification state } }', {}, token);
    expect(mine.data?.credentials).toEqual([{ id: rows[0]!.id, qualification: 'EXFR-Q2', state: 'valid' }]);
  });

  it('a signing failure leaves the award in place and is retried', async () => {
    const workerId = await addWorker(sut.dataSource, 'Retry Worker', 'retry@fit.demo');
    const { id: awardId } = await querySingle<{ id: string }>(sut.dataSource, `insert into qualification_awards (user_id, qualification_id, awarded_at, expires_at, evidence)
       select $1, q.id, current_date, null, '[]'::jsonb from scheme_qualifications q where q.code = 'EXFR-Q1' limit 1 returning id`,
      [workerId],
    );
    // The organisation's signing key cannot be opened (sealed under another CREDENTIALS_KEY).
    const live = `retired_at is null and organisation_id = (select id from organisations where slug = 'demo')`;
    const { sealed } = await querySingle<{ sealed: string }>(sut.dataSource, `select secret_key_encrypted as sealed from credential_keys where ${live}`);
    await sut.dataSource.query(`update credential_keys set secret_key_encrypted = 'AAAA.AAAA.AAAA' where ${live}`);
    const issuer = sut.app.get(CredentialsIssuer);
    await expect(issuer.issueCredentialForAward(awardId)).rejects.toThrow();
    const { n } = await querySingle<{ n: number }>(sut.dataSource, 'select count(*)::int as n from qualification_awards where id = $1 and revoked_at is null', [awardId]);
    expect(n).toBe(1);
    await sut.dataSource.query(`update credential_keys set secret_key_encrypted = $1 where ${live}`, [sealed]);
    expect((await issuer.issuePending()).failed).toBe(0);
    const { c } = await querySingle<{ c: number }>(sut.dataSource, 'select count(*)::int as c from issued_credentials where award_id = $1', [awardId]);
    expect(c).toBe(1);
  });

  it("exports the worker's passport as European Learning Model JSON-LD, one achievement per award", async () => {
    const { id: joao } = await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = 'João Ferreira'`);
    const manager = await sut.login('manager@fit.demo');
    const res = await sut.gql<{ passportElm: string }>('query($w: ID) { passportElm(workerId: $w) }', { w: joao }, manager);
    expect(res.errors).toBeUndefined();
    const elm = JSON.parse(res.data!.passportElm) as { '@context': string[]; type: string[]; credentialSubject: { fullName: unknown; hasClaim: Record<string, unknown>[] } };
    expect(elm['@context']).toContain('http://data.europa.eu/snb/model/context/edc-ap');
    expect(elm.type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
    expect(elm.credentialSubject.fullName).toEqual({ en: ['João Ferreira'] });
    // One achievement per award: a renewed award's older certificates are not claimed again.
    const { n } = await querySingle<{ n: number }>(
      sut.dataSource,
      'select count(distinct award_id)::int as n from issued_credentials where user_id = $1 and revoked_at is null',
      [joao],
    );
    expect(elm.credentialSubject.hasClaim).toHaveLength(n);
    const claim = elm.credentialSubject.hasClaim[0] as { type: string; specifiedBy: { type: string; eqfLevel: { id: string }; learningOutcome: unknown[] } };
    expect(claim.type).toBe('LearningAchievement');
    expect(claim.specifiedBy).toMatchObject({ type: 'Qualification', eqfLevel: { id: expect.stringMatching(/eqf\/\d$/) } });
    expect(claim.specifiedBy.learningOutcome.length).toBeGreaterThan(0);
    // Another organisation's manager sees nothing of João.
    await addMember(sut.dataSource, 'elm-other', 'manager@elm-other.test', 'manager');
    const other = await sut.login('manager@elm-other.test');
    expect((await sut.gql('query($w: ID) { passportElm(workerId: $w) }', { w: joao }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the command line prints the organisation’s credentials as a JSON array of the signed documents', async () => {
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
    const printed = JSON.parse(lines.join('\n')) as Doc[];
    const { n } = await querySingle<{ n: number }>(sut.dataSource, `select count(*)::int as n from issued_credentials c join organisations o on o.id = c.organisation_id where o.slug = 'demo'`);
    expect(printed).toHaveLength(n);
    expect(printed.every((c) => Array.isArray(c.proof) && (c.type as string[]).includes('OpenBadgeCredential'))).toBe(true);
  });
});
