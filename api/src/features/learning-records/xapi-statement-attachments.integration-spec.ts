// Attachments on the Statement resource (xAPI Communication 1.5.2 multipart/mixed, Data 2.4.11 Attachments,
// Data 2.6 Signed Statements), over real HTTP and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompactSign, importPKCS8 } from 'jose';
import { parseMultipart } from '@remix-run/multipart-parser';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { VERB, addWorker, basicAuthFor, multipartOf, sha256, statementBy, xapiClient, xapiRaw, type RawPart } from '../../test-support/xapi-client.js';
import { querySingle } from '../../common/sql.js';

const ACTIVITY = 'https://w3id.org/fit/modules/airtight-windows/v/1';
const SIGNATURE = 'http://adlnet.gov/expapi/attachments/signature';
const PHOTO_USAGE = 'https://w3id.org/fit/xapi/attachments/evidence-photo';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

function attachmentFor(bytes: Buffer, extra: Json = {}): Json {
  return { usageType: PHOTO_USAGE, display: { en: 'Sealed window' }, contentType: 'image/jpeg', length: bytes.length, sha2: sha256(bytes), ...extra };
}

/** A throwaway RSA key and self-signed X.509 certificate, made with the system's openssl. */
function signingIdentity(): { keyPem: string; certificate: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fit-jws-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=FIT test signer'], { stdio: 'ignore' });
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8').replace(/-----[A-Z ]+-----|\s/g, '');
    return { keyPem: readFileSync(join(dir, 'key.pem'), 'utf8'), certificate: cert };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('xAPI statement attachments at /xapi/statements', () => {
  let sut: TestApp;
  let auth: string;
  let xapi: ReturnType<typeof xapiClient>;
  let workerId: string;
  let identity: { keyPem: string; certificate: string };
  const count = async () => Number((await querySingle<{ n: string }>(sut.dataSource, 'select count(*) as n from xapi_statements')).n);
  const photo = (text = 'jpeg bytes') => Buffer.from(`\xff\xd8${text}\x00\x01binary`, 'latin1');

  async function postMultipart(statements: unknown, parts: RawPart[], method = 'POST', query = '') {
    const { contentType, body } = multipartOf(statements, parts);
    return xapiRaw(sut.url, auth, method, query, { body, headers: { 'content-type': contentType } });
  }

  async function sign(payload: Json, alg = 'RS256', withCertificate = true): Promise<string> {
    const key = await importPKCS8(identity.keyPem, alg);
    return new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader({ alg, ...(withCertificate ? { x5c: [identity.certificate] } : {}) })
      .sign(key);
  }

  function signed(statement: Json, jws: string, extra: Json = {}): { statement: Json; part: RawPart } {
    const bytes = Buffer.from(jws);
    const attachment = { usageType: SIGNATURE, display: { en: 'Signature' }, contentType: 'application/octet-stream', length: bytes.length, sha2: sha256(bytes), ...extra };
    return { statement: { ...statement, attachments: [...(statement.attachments ?? []), attachment] }, part: { contentType: 'application/octet-stream', bytes } };
  }

  async function readMultipart(res: Response) {
    const boundary = /boundary=([^;]+)/.exec(res.headers.get('content-type') ?? '')?.[1];
    expect(boundary).toBeDefined();
    const parts = [...parseMultipart(new Uint8Array(await res.arrayBuffer()), { boundary: boundary! })];
    return parts.map((p) => ({ headers: p.headers, bytes: Buffer.from(p.bytes) }));
  }

  beforeAll(async () => {
    sut = await startTestApp();
    auth = await basicAuthFor(sut.dataSource);
    xapi = xapiClient(sut.url, auth);
    workerId = await addWorker(sut.dataSource, 'Karim Benali', 'karim@fit.demo');
    identity = signingIdentity();
  });
  afterAll(() => sut.close());

  it('"The LRS MUST accept Statements via the Statements resource PUT or POST that contain Attachments in the Transmission Format" (multipart/mixed, Communication 1.5.2), and GET attachments=true sends them back as multipart/mixed', async () => {
    const bytes = photo();
    const s = statementBy(workerId, VERB.completed, ACTIVITY, { attachments: [attachmentFor(bytes)] });
    const post = await postMultipart([s], [{ contentType: 'image/jpeg', bytes }]);
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual([s.id]);

    const get = await xapiRaw(sut.url, auth, 'GET', `?statementId=${s.id}&attachments=true`);
    expect(get.status).toBe(200);
    expect(get.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=/);
    const [json, attachment, ...rest] = await readMultipart(get);
    expect(json!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(json!.bytes.toString('utf8'))).toMatchObject({ id: s.id, attachments: (s as Json).attachments });
    expect(attachment!.headers['x-experience-api-hash']).toBe(sha256(bytes));
    expect(attachment!.headers['content-transfer-encoding']).toBe('binary');
    expect(attachment!.bytes.equals(bytes)).toBe(true);
    expect(rest).toEqual([]);
  });

  it('PUT accepts multipart/mixed as well (204), and GET without attachments=true answers plain JSON', async () => {
    const bytes = photo('put');
    const s = statementBy(workerId, VERB.completed, ACTIVITY, { attachments: [attachmentFor(bytes)] });
    expect((await postMultipart(s, [{ contentType: 'image/jpeg', bytes }], 'PUT', `?statementId=${s.id}`)).status).toBe(204);
    const get = await xapiRaw(sut.url, auth, 'GET', `?statementId=${s.id}`);
    expect(get.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('GET attachments=true on a filtered query sends each attachment once, after the StatementResult', async () => {
    const activity = `https://w3id.org/fit/modules/with-photos/${Date.now()}`;
    const shared = photo('shared');
    const own = photo('own');
    const a = statementBy(workerId, VERB.completed, activity, { attachments: [attachmentFor(shared)] });
    const b = statementBy(workerId, VERB.completed, activity, { attachments: [attachmentFor(shared), attachmentFor(own)] });
    expect((await postMultipart([a, b], [{ contentType: 'image/jpeg', bytes: shared }, { contentType: 'image/jpeg', bytes: own }])).status).toBe(200);
    const get = await xapiRaw(sut.url, auth, 'GET', `?activity=${encodeURIComponent(activity)}&attachments=true`);
    const [json, ...parts] = await readMultipart(get);
    expect(JSON.parse(json!.bytes.toString('utf8')).statements.map((s: Json) => s.id).sort()).toEqual([a.id, b.id].sort());
    expect(parts.map((p) => p.headers['x-experience-api-hash']).sort()).toEqual([sha256(shared), sha256(own)].sort());
  });

  it('"fileUrl" alone is enough in application/json: an attachment whose content is elsewhere is accepted (Data 2.4.11)', async () => {
    const s = statementBy(workerId, VERB.completed, ACTIVITY, { attachments: [attachmentFor(photo(), { fileUrl: 'https://media.fit.example/p/1.jpg' })] });
    expect((await xapi('POST', '', s)).status).toBe(200);
  });

  it.each<[string, () => { statements: unknown; parts: RawPart[] }, RegExp]>([
    [
      'an attachment with neither fileUrl nor a part whose hash matches its sha2',
      () => ({ statements: [statementBy(workerId, VERB.completed, ACTIVITY, { attachments: [attachmentFor(photo())] })], parts: [] }),
      /has no fileUrl and no multipart part/,
    ],
    [
      'a part whose X-Experience-API-Hash matches no attachment',
      () => ({ statements: [statementBy(workerId, VERB.completed, ACTIVITY)], parts: [{ contentType: 'image/jpeg', bytes: photo('stray') }] }),
      /matches no attachment/,
    ],
    [
      'a part without "Content-Transfer-Encoding: binary"',
      () => {
        const bytes = photo();
        return { statements: [statementBy(workerId, VERB.completed, ACTIVITY, { attachments: [attachmentFor(bytes)] })], parts: [{ contentType: 'image/jpeg', bytes, encoding: null }] };
      },
      /must have Content-Transfer-Encoding: binary/,
    ],
    [
      'a part whose content does not match its X-Experience-API-Hash',
      () => {
        const bytes = photo();
        return { statements: [statementBy(workerId, VERB.completed, ACTIVITY, { attachments: [attachmentFor(bytes)] })], parts: [{ contentType: 'image/jpeg', bytes: photo('other'), hash: sha256(bytes) }] };
      },
      /does not match its X-Experience-API-Hash/,
    ],
  ])('refuses a multipart/mixed request with %s with 400, storing nothing', async (_name, make, reason) => {
    const before = await count();
    const { statements, parts } = make();
    const res = await postMultipart(statements, parts);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(reason);
    expect(await count()).toBe(before);
  });

  it('refuses in application/json an attachment without fileUrl: its content can only come as a multipart part', async () => {
    const res = await xapi<{ reasons: string[] }>('POST', '', statementBy(workerId, VERB.completed, ACTIVITY, { attachments: [attachmentFor(photo())] }));
    expect(res.status).toBe(400);
    expect(res.body.reasons.join()).toMatch(/attachments\[0\] has no fileUrl/);
  });

  it('refuses a multipart/mixed request whose first part is not application/json', async () => {
    const body = Buffer.from('--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n');
    const res = await xapiRaw(sut.url, auth, 'POST', '', { body, headers: { 'content-type': 'multipart/mixed; boundary=b' } });
    expect(res.status).toBe(400);
  });

  describe('signed statements (Data 2.6)', () => {
    it('accepts a statement signed with RS256 whose JWS carries its X.509 certificate, and keeps the signature as an attachment', async () => {
      const s = statementBy(workerId, VERB.passed, ACTIVITY);
      const { statement, part } = signed(s, await sign(s));
      expect((await postMultipart([statement], [part])).status).toBe(200);
      const get = await xapiRaw(sut.url, auth, 'GET', `?statementId=${s.id}&attachments=true`);
      const [, signature] = await readMultipart(get);
      expect(signature!.bytes.equals(part.bytes)).toBe(true);
    });

    it('disregards what the LRS may change: a payload without id and timestamp still matches', async () => {
      const s = statementBy(workerId, VERB.passed, ACTIVITY);
      const { id: _id, timestamp: _t, ...payload } = s;
      const { statement, part } = signed(s, await sign(payload));
      expect((await postMultipart([statement], [part])).status).toBe(200);
    });

    it.each<[string, (s: Json) => Promise<{ statement: Json; part: RawPart }>, RegExp]>([
      ['"The JWS signature MUST have a payload of a valid JSON serialization of the complete Statement before the signature was added": a payload of another statement', async (s) => signed(s, await sign({ ...s, verb: { id: VERB.failed } })), /signed payload differs/],
      ['"The JWS signature MUST use an algorithm of "RS256", "RS384", or "RS512"": HS256', async (s) => signed(s, `${Buffer.from(JSON.stringify({ alg: 'HS256' })).toString('base64url')}.${Buffer.from(JSON.stringify(s)).toString('base64url')}.c2ln`), /must use RS256, RS384 or RS512/],
      ['a signature that does not verify against the certificate in its x5c header', async (s) => {
        const [header, payload] = (await sign(s)).split('.');
        return signed(s, `${header}.${payload}.${Buffer.from('forged').toString('base64url')}`);
      }, /does not verify against the certificate/],
      ['"A Signed Statement MUST include a JSON web signature (JWS) … as an Attachment with … a contentType of application/octet-stream": text/plain', async (s) => {
        const { statement, part } = signed(s, await sign(s), { contentType: 'text/plain' });
        return { statement, part: { ...part, contentType: 'text/plain' } };
      }, /contentType application\/octet-stream/],
      ['a signature part that is not a JWS', async (s) => signed(s, 'not a jws'), /is not a JWS/],
    ])('"The LRS MUST reject requests to store Statements that contain malformed signatures, with 400 Bad Request": %s', async (_name, make, reason) => {
      const before = await count();
      const { statement, part } = await make(statementBy(workerId, VERB.passed, ACTIVITY));
      const res = await postMultipart([statement], [part]);
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(reason);
      expect(await count()).toBe(before);
    });
  });
});
