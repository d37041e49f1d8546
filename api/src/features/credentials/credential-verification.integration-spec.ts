// Verifying Open Badges 3.0 credentials on the real database with the demo seed: tampering, expiry, other issuers
// and hostile input each get their verdict (never a 500), worded in the reader's language; documents at private
// addresses are never fetched (server-side request forgery). Issuing is in credentials.integration-spec.ts.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { CREDENTIALS_TEST_CONFIG, PUBLIC_URL, credentialsClient, type Verdict } from '../../test-support/credentials-harness.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { CredentialsIssuer } from './credentials-issuer.service.js';
import { issuerProfile, openBadgeCredential, type AwardFacts } from './open-badge.js';
import { generateKey, signCredential, type KeyMaterial } from './signing.js';
import { Bitstring, encodeList, statusListCredential } from './status-list.js';

jest.setTimeout(120_000);

describe('Open Badges 3.0 credentials: verifying', () => {
  let sut: TestApp;
  let foreign: Server;
  let foreignUrl: string;
  let foreignPort: number;
  const foreignDocs = new Map<string, object>();
  const foreignRedirects = new Map<string, string>();
  const { verify, credentialOf, libraryVerifies } = credentialsClient(() => sut);

  beforeAll(async () => {
    sut = await startTestApp({ config: CREDENTIALS_TEST_CONFIG });
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
});
