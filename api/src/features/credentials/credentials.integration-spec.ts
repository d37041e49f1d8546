// Open Badges 3.0 on the real database with the demo seed: issued credentials verify with the library's own
// verifier and against the 1EdTech JSON schema; tampering, revocation, expiry, key rotation, other issuers and
// hostile input each get their verdict (never a 500).
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import * as vc from '@digitalcredentials/vc';
import { FIT_ACCOUNT_HOMEPAGE, FIT_EXTENSIONS, FIT_VERBS, moduleVersionActivity } from '@fit/shared';
import { addMember } from '../../test-support/accounts.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, statementBy, xapiClient } from '../../test-support/xapi-client.js';
import { credentialsCommand } from '../../cli/commands/credentials.js';
import { credentialsRotateKeyCommand } from '../../cli/commands/credentials-rotate-key.js';
import { CredentialKeysService } from './credential-keys.service.js';
import { CredentialsIssuer } from './credentials-issuer.service.js';
import { documentLoader, MULTIKEY_V1 } from './linked-data.js';
import { issuerProfile, openBadgeCredential, type AwardFacts } from './open-badge.js';
import { generateKey, signCredential, verifyingSuite, type KeyMaterial } from './signing.js';
import { Bitstring, encodeList, statusListCredential } from './status-list.js';
import { queryRows, querySingle } from '../../common/sql.js';

jest.setTimeout(120_000);

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const SCHEMA = JSON.parse(readFileSync(resolve(REPO, '../shared/fixtures/standards/ob-3.0/ob_v3p0_achievementcredential_schema.json'), 'utf8')) as object;
const PUBLIC_URL = 'http://fit.test';
// Name resolution is outside FIT: the test gives its own table. `issuer.test` stands for another issuer on the
// internet (served here by a local server, so it is on the test-only allow list); `intranet.test` for a name an
// attacker points at the private network.
const HOSTS: Record<string, string> = { 'issuer.test': '127.0.0.1', 'intranet.test': '10.20.30.40' };
const resolveHost = (hostname: string) => {
  const address = HOSTS[hostname];
  return address ? Promise.resolve([{ address, family: 4 }]) : Promise.reject(new Error(`getaddrinfo ENOTFOUND ${hostname}`));
};

type Doc = Record<string, unknown> & { id: string; proof: Record<string, unknown>[] };
interface Verdict {
  verdict: string;
  checks: { name: string; ok: boolean; detail: string }[];
}

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Open Badges 3.0 credentials', () => {
  let sut: TestApp;
  let foreign: Server;
  let foreignUrl: string;
  let foreignPort: number;
  const foreignDocs = new Map<string, object>();
  const foreignRedirects = new Map<string, string>();

  const verify = async (body: string | object): Promise<{ status: number; body: Verdict }> => {
    const res = await fetch(`${sut.url}/credentials/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Verdict };
  };
  const credentialOf = async (displayName: string, code: string): Promise<Doc> => {
    const [row] = await sut.dataSource.query<{ id: string }[]>(
      `select c.id from issued_credentials c join users u on u.id = c.user_id join qualification_awards a on a.id = c.award_id
         join scheme_qualifications q on q.id = a.qualification_id where u.display_name = $1 and q.code = $2 order by c.issued_at desc limit 1`,
      [displayName, code],
    );
    const res = await fetch(`${sut.url}/credentials/${row!.id}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Doc;
  };
  // What any verifier does: fetch the issuer's profile over HTTP (here PUBLIC_URL is served by the test app).
  const httpLoader = documentLoader(async (url) => {
    const res = await fetch(url.replace(PUBLIC_URL, sut.url).split('#')[0]!);
    const doc = (await res.json()) as { verificationMethod?: { id: string }[] };
    if (!url.includes('#')) return doc;
    const key = doc.verificationMethod?.find((k) => k.id === url);
    return key && { '@context': MULTIKEY_V1, ...key };
  });
  const libraryVerifies = async (credential: Doc) => {
    const issuerId = typeof credential.issuer === 'string' ? credential.issuer : (credential.issuer as { id: string }).id;
    const profile = await (await fetch(issuerId.replace(PUBLIC_URL, sut.url))).json();
    return vc.verifyCredential({
      credential,
      suite: verifyingSuite(),
      documentLoader: httpLoader,
      controller: profile as object,
      checkStatus: () => Promise.resolve({ verified: true }),
    });
  };

  beforeAll(async () => {
    sut = await startTestApp({ config: { publicUrl: PUBLIC_URL, verifyAllowHosts: ['issuer.test'], resolveHost } });
    // The first start signs the demo's awards (main.ts does this before listening).
    await sut.app.get(CredentialsIssuer).issuePending();
    foreign = createServer((req, res) => {
      const to = foreignRedirects.get(req.url ?? '');
      if (to) {
        res.writeHead(302, { location: to });
        res.end();
        return;
      }
      const doc = foreignDocs.get(req.url ?? '');
      res.writeHead(doc ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(doc ?? { error: 'not found' }));
    });
    await new Promise<void>((r) => foreign.listen(0, '127.0.0.1', () => r()));
    foreignPort = (foreign.address() as { port: number }).port;
    foreignUrl = `http://issuer.test:${foreignPort}`;
  }, 120_000);
  afterAll(async () => {
    foreign?.close();
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

  it('one changed byte, in the claims or in the proof, fails the signature', async () => {
    const credential = await credentialOf('João Ferreira', 'EXFR-Q1');
    const renamed = structuredClone(credential);
    renamed.name = `${String(renamed.name).slice(0, -1)}X`;
    expect((await verify(renamed)).body.verdict).toBe('invalid-signature');
    expect((await libraryVerifies(renamed)).verified).toBe(false);
    const text = JSON.stringify(credential);
    const oneByte = text.replace('João Ferreira', 'Joao Ferreira');
    expect((await verify(oneByte)).body.verdict).toBe('invalid-signature');
    const proof = structuredClone(credential);
    const value = String(proof.proof[0]!.proofValue);
    proof.proof[0]!.proofValue = value.slice(0, 20) + (value[20] === 'A' ? 'B' : 'A') + value.slice(21);
    expect((await verify(proof)).body.verdict).toBe('invalid-signature');
  });

  it('an expired award reads "expired", not "revoked"', async () => {
    const credential = await credentialOf('Sofia García', 'EXES-Q1');
    const res = await verify(credential);
    expect(res.body.verdict).toBe('expired');
    expect(res.body.checks.find((c) => c.name === 'status')).toMatchObject({ ok: true });
    expect(res.body.checks.find((c) => c.name === 'validity-period')).toMatchObject({ ok: false, detail: expect.stringMatching(/^Expired on/) });
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

  describe('credentials of other issuers and hostile input', () => {
    let key: KeyMaterial;
    let issuer: { id: string; name: string; url: string };
    let listPath: string;

    const foreignFacts = (overrides: Partial<AwardFacts> = {}): AwardFacts => ({
      credentialId: `${foreignUrl}/credentials/1`,
      issuer,
      worker: { id: '11111111-1111-4111-8111-111111111111', name: 'Ana Lopes' },
      qualification: { id: '22222222-2222-4222-8222-222222222222', code: 'Q9', title: { en: 'Roof insulation' }, scheme: 'OTHER', schemeTitle: { en: 'Other scheme' }, awardingBody: 'Other body', country: 'PT', practicalValidation: false },
      framework: { code: 'F', title: { en: 'Other framework' } },
      ulos: [{ code: 'U1', title: { en: 'Insulate roofs' }, eqfLevel: 3, esco: [] }],
      evidence: { ulos: 1, modules: 1, validatedOnSite: 0, firstAt: null, lastAt: null },
      awardedAt: '2026-01-10',
      expiresAt: null,
      status: { listUrl: `${foreignUrl}${listPath}`, index: 3 },
      ...overrides,
    });

    beforeAll(async () => {
      issuer = { id: `${foreignUrl}/issuer`, name: 'Other Academy', url: foreignUrl };
      listPath = '/status/1';
      key = await generateKey(`${issuer.id}#k1`, issuer.id);
      foreignDocs.set('/issuer', issuerProfile(issuer, [{ keyId: 'k1', publicKeyMultibase: key.publicKeyMultibase }]));
      const list = await statusListCredential(`${foreignUrl}${listPath}`, issuer.id, await encodeList(new Bitstring({ length: 131_072 })), new Date());
      foreignDocs.set(listPath, await signCredential(list, key));
    });

    it("verifies another OB 3.0 issuer's credential by fetching its key; a future one is not yet valid", async () => {
      const credential = await signCredential(openBadgeCredential(foreignFacts()), key);
      expect((await verify(credential)).body.verdict).toBe('valid');
      const future = await signCredential(openBadgeCredential(foreignFacts({ awardedAt: '2099-01-01' })), key);
      expect((await verify(future)).body.verdict).toBe('not-yet-valid');
    });

    it('an unreachable issuer or status list gives a verdict, not an error', async () => {
      const lost = { ...issuer, id: `${foreignUrl}/gone` };
      const orphan = await signCredential(openBadgeCredential(foreignFacts({ issuer: lost })), { ...key, id: `${lost.id}#k1`, controller: lost.id });
      const res = await verify(orphan);
      expect(res.body.verdict).toBe('unknown-issuer');
      expect(res.body.checks.find((c) => c.name === 'issuer')).toMatchObject({ ok: false, detail: expect.stringMatching(/404/) });
      const closed = await signCredential(openBadgeCredential(foreignFacts({ issuer: { ...issuer, id: 'http://issuer.test:9/issuer' } })), key);
      expect((await verify(closed)).body.verdict).toBe('unknown-issuer');
      const noList = await signCredential(openBadgeCredential(foreignFacts({ status: { listUrl: `${foreignUrl}/status/missing`, index: 1 } })), key);
      const listRes = await verify(noList);
      expect(listRes.status).toBe(200);
      expect(listRes.body.verdict).toBe('unknown-issuer');
      expect(listRes.body.checks.find((c) => c.name === 'status')).toMatchObject({ ok: false });
    });

    describe('never fetches from a private address (server-side request forgery)', () => {
      // An issuer whose profile and status list the local server really serves under `base`: were the address not
      // checked, its credential would verify.
      const servedIssuer = async (base: string, tag: string, servedAt = `/${tag}`) => {
        const other = { id: `${base}/${tag}`, name: 'Inside Job', url: base };
        const otherKey = await generateKey(`${other.id}#k1`, other.id);
        foreignDocs.set(servedAt, issuerProfile(other, [{ keyId: 'k1', publicKeyMultibase: otherKey.publicKeyMultibase }]));
        const listUrl = `${base}/${tag}-status`;
        const list = await statusListCredential(listUrl, other.id, await encodeList(new Bitstring({ length: 131_072 })), new Date());
        foreignDocs.set(`/${tag}-status`, await signCredential(list, otherKey));
        return signCredential(openBadgeCredential(foreignFacts({ issuer: other, status: { listUrl, index: 3 } })), otherKey);
      };
      const refusedWith = async (credential: object, reason: RegExp) => {
        const res = await verify(credential);
        expect(res.status).toBe(200);
        expect(res.body.verdict).toBe('unknown-issuer');
        expect(res.body.checks.find((c) => c.name === 'issuer')).toMatchObject({ ok: false, detail: expect.stringMatching(reason) });
      };

      it('the same issuer verifies on the allowed host name: the refusals below are about the address alone', async () => {
        expect((await verify(await servedIssuer(`http://issuer.test:${foreignPort}`, 'allowed'))).body.verdict).toBe('valid');
      });

      it('loopback (IPv4, IPv6, IPv4-mapped IPv6), link-local and a name resolving to 10.x are refused, with the reason', async () => {
        const cases: [string, RegExp][] = [
          [`http://127.0.0.1:${foreignPort}`, /127\.0\.0\.1 is a loopback address/],
          [`http://[::1]:${foreignPort}`, /::1 is a loopback address/],
          [`http://[::ffff:127.0.0.1]:${foreignPort}`, /::ffff:7f00:1 is a loopback address/],
          ['http://169.254.169.254', /169\.254\.169\.254 is a link-local address/],
          [`http://intranet.test:${foreignPort}`, /intranet\.test \(10\.20\.30\.40\) is a private address/],
        ];
        for (const [index, [base, reason]] of cases.entries()) await refusedWith(await servedIssuer(base, `inside-${index}`), reason);
      });

      it('a redirect from an allowed host to a private address is refused', async () => {
        const credential = await servedIssuer(`http://issuer.test:${foreignPort}`, 'moved', '/moved-target');
        foreignRedirects.set('/moved', `http://127.0.0.1:${foreignPort}/moved-target`);
        await refusedWith(credential, /127\.0\.0\.1 is a loopback address/);
        // Followed to an allowed place, the same redirect works: what is refused is the private target.
        foreignRedirects.set('/moved', `http://issuer.test:${foreignPort}/moved-target`);
        expect((await verify(credential)).body.verdict).toBe('valid');
      });

      it('a status list at a private address is not fetched either', async () => {
        const credential = await signCredential(openBadgeCredential(foreignFacts({ status: { listUrl: `http://127.0.0.1:${foreignPort}${listPath}`, index: 3 } })), key);
        const res = await verify(credential);
        expect(res.body.verdict).toBe('unknown-issuer');
        expect(res.body.checks.find((c) => c.name === 'status')).toMatchObject({ ok: false, detail: expect.stringMatching(/loopback address/) });
      });
    });

    it('a proof by a key the issuer does not publish is not the issuer’s signature', async () => {
      const impostor = await generateKey(`${PUBLIC_URL}/issuers/demo#key-forged`, `${PUBLIC_URL}/issuers/demo`);
      const genuine = await credentialOf('João Ferreira', 'EXFR-Q1');
      const { proof: _proof, ...claims } = genuine;
      const forged = await signCredential(claims, impostor);
      const res = await verify(forged);
      expect(res.body.verdict).toBe('invalid-signature');
      expect(res.body.checks.find((c) => c.name === 'signature')?.detail).toMatch(/does not publish/);
      const otherKey = await signCredential(claims, { ...key, id: `${issuer.id}#k1` });
      expect((await verify(otherKey)).body.verdict).toBe('invalid-signature');
    });

    it('bad input: non-JSON and over 1 MB are 400; everything else is a verdict', async () => {
      const genuine = await credentialOf('João Ferreira', 'EXFR-Q1');
      expect((await verify('{"@context": [')).status).toBe(400);
      expect((await verify('not json at all')).status).toBe(400);
      const huge = await fetch(`${sut.url}/credentials/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(10 * 1024 * 1024) }) });
      expect(huge.status).toBe(400);
      const plain = await fetch(`${sut.url}/credentials/verify`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(genuine) });
      expect(((await plain.json()) as Verdict).verdict).toBe('valid');

      const cases: [string, unknown, string][] = [
        ['an array', [genuine], 'not-open-badge'],
        ['a number', 42, 'not-open-badge'],
        ['null', null, 'not-open-badge'],
        ['the credentials v1 context', { ...genuine, '@context': ['https://www.w3.org/2018/credentials/v1', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] }, 'not-open-badge'],
        ['no Open Badges context', { ...genuine, '@context': ['https://www.w3.org/ns/credentials/v2'] }, 'not-open-badge'],
        ['an unknown extra context', { ...genuine, '@context': [...(genuine['@context'] as string[]), 'https://example.invalid/ctx.json'] }, 'invalid-signature'],
        ['no proof (truncated)', { ...genuine, proof: undefined }, 'invalid-signature'],
        ['an unknown cryptosuite', { ...genuine, proof: [{ ...genuine.proof[0], cryptosuite: 'ecdsa-rdfc-2019' }] }, 'invalid-signature'],
        ['a proof that is a string', { ...genuine, proof: 'abc' }, 'invalid-signature'],
        ['an issuer that is not a URL', { ...genuine, issuer: { id: 'did:example:123', type: ['Profile'] } }, 'unknown-issuer'],
        ['a status list index out of range', { ...genuine, credentialStatus: { ...(genuine.credentialStatus as object), statusListIndex: '99999999' } }, 'invalid-signature'],
      ];
      for (const [what, body, verdict] of cases) {
        const res = await verify(JSON.stringify(body));
        expect({ what, status: res.status, verdict: res.body.verdict }).toEqual({ what, status: 200, verdict });
        expect(res.body.checks.length).toBeGreaterThan(0);
      }
      const truncated = JSON.stringify(genuine).slice(0, 400);
      expect((await verify(truncated)).status).toBe(400);
    });
  });

  it("words the checks in the reader's language (?lang= or Accept-Language); verdict and check names stay machine values", async () => {
    const genuine = await credentialOf('João Ferreira', 'EXFR-Q1');
    const ask = async (query: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${sut.url}/credentials/verify${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(genuine) });
      return { language: res.headers.get('content-language'), body: (await res.json()) as Verdict };
    };
    const english = await ask('');
    const french = await ask('', { 'accept-language': 'fr-BE,fr;q=0.9,en;q=0.5' });
    expect([english.language, french.language]).toEqual(['en', 'fr']);
    expect(french.body.verdict).toBe('valid');
    expect(french.body.checks.map((c) => [c.name, c.ok])).toEqual(english.body.checks.map((c) => [c.name, c.ok]));
    expect(english.body.checks.find((c) => c.name === 'signature')?.detail).toMatch(/^Signed with /);
    expect(french.body.checks.find((c) => c.name === 'signature')?.detail).toMatch(/^Signée avec /);
    for (const [i, check] of french.body.checks.entries()) expect(check.detail).not.toBe(english.body.checks[i]!.detail);
    // ?lang= wins over the header; a language FIT does not speak here falls back to English.
    expect((await ask('?lang=en', { 'accept-language': 'fr' })).body.checks).toEqual(english.body.checks);
    expect((await ask('?lang=fr')).body.checks).toEqual(french.body.checks);
    expect((await ask('', { 'accept-language': 'pt-PT' })).body.checks).toEqual(english.body.checks);
    // A verdict's reason too, down to why a document was not fetched.
    const refused = await fetch(`${sut.url}/credentials/verify?lang=fr`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...genuine, issuer: { id: 'http://127.0.0.1/issuers/demo', type: ['Profile'] } }),
    });
    const body = (await refused.json()) as Verdict;
    expect(body.verdict).toBe('unknown-issuer');
    expect(body.checks.find((c) => c.name === 'issuer')?.detail).toBe(
      'Le profil et les clés de l’émetteur n’ont pas pu être obtenus : 127.0.0.1 est une adresse de bouclage, pas une adresse publique : FIT ne va pas la chercher',
    );
  });

  it("exports the worker's passport as European Learning Model JSON-LD, one achievement per credential", async () => {
    const { id: joao } = await querySingle<{ id: string }>(sut.dataSource, `select id from users where display_name = 'João Ferreira'`);
    const manager = await sut.login('manager@fit.demo');
    const res = await sut.gql<{ passportElm: string }>('query($w: ID) { passportElm(workerId: $w) }', { w: joao }, manager);
    expect(res.errors).toBeUndefined();
    const elm = JSON.parse(res.data!.passportElm) as { '@context': string[]; type: string[]; credentialSubject: { fullName: unknown; hasClaim: Record<string, unknown>[] } };
    expect(elm['@context']).toContain('http://data.europa.eu/snb/model/context/edc-ap');
    expect(elm.type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
    expect(elm.credentialSubject.fullName).toEqual({ en: ['João Ferreira'] });
    const { n } = await querySingle<{ n: number }>(sut.dataSource, 'select count(*)::int as n from issued_credentials where user_id = $1 and revoked_at is null', [joao]);
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
