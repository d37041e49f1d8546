// What the Open Badges integration tests share: the app's configuration (public URL, a name table standing in for
// DNS), the verify endpoint, an issued credential by worker and qualification, and the library's own verifier.
import { expect } from '@jest/globals';
import * as vc from '@digitalcredentials/vc';
import { documentLoader, MULTIKEY_V1 } from '../features/credentials/linked-data.js';
import { verifyingSuite } from '../features/credentials/signing.js';
import { querySingle } from '../common/sql.js';
import type { TestApp } from './test-app.js';

export const PUBLIC_URL = 'http://fit.test';
// Name resolution is outside FIT: the test gives its own table. `issuer.test` stands for another issuer on the
// internet (served here by a local server, so it is on the test-only allow list); `intranet.test` for a name an
// attacker points at the private network.
const HOSTS: Record<string, string> = { 'issuer.test': '127.0.0.1', 'intranet.test': '10.20.30.40' };
const resolveHost = (hostname: string) => {
  const address = HOSTS[hostname];
  return address ? Promise.resolve([{ address, family: 4 }]) : Promise.reject(new Error(`getaddrinfo ENOTFOUND ${hostname}`));
};

/** The configuration both credential test files start the app with. */
export const CREDENTIALS_TEST_CONFIG = { publicUrl: PUBLIC_URL, verifyAllowHosts: ['issuer.test'], resolveHost };

export type Doc = Record<string, unknown> & { id: string; proof: Record<string, unknown>[] };
export interface Verdict {
  verdict: string;
  checks: { name: string; ok: boolean; detail: string }[];
}

export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Helpers on the app a test file started; `app` is read at each call, as the app starts in beforeAll. */
export function credentialsClient(app: () => TestApp) {
  const verify = async (body: string | object): Promise<{ status: number; body: Verdict }> => {
    const res = await fetch(`${app().url}/credentials/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Verdict };
  };
  const credentialOf = async (displayName: string, code: string): Promise<Doc> => {
    const row = await querySingle<{ id: string }>(
      app().dataSource,
      `select c.id from issued_credentials c join users u on u.id = c.user_id join qualification_awards a on a.id = c.award_id
         join scheme_qualifications q on q.id = a.qualification_id where u.display_name = $1 and q.code = $2 order by c.issued_at desc limit 1`,
      [displayName, code],
    );
    const res = await fetch(`${app().url}/credentials/${row.id}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Doc;
  };
  // What any verifier does: fetch the issuer's profile over HTTP (here PUBLIC_URL is served by the test app).
  const httpLoader = documentLoader(async (url) => {
    const res = await fetch(url.replace(PUBLIC_URL, app().url).split('#')[0] ?? url);
    const doc = (await res.json()) as { verificationMethod?: { id: string }[] };
    if (!url.includes('#')) return doc;
    const key = doc.verificationMethod?.find((k) => k.id === url);
    return key && { '@context': MULTIKEY_V1, ...key };
  });
  const libraryVerifies = async (credential: Doc) => {
    const issuerId = typeof credential.issuer === 'string' ? credential.issuer : (credential.issuer as { id: string }).id;
    const profile = await (await fetch(issuerId.replace(PUBLIC_URL, app().url))).json();
    return vc.verifyCredential({
      credential,
      suite: verifyingSuite(),
      documentLoader: httpLoader,
      controller: profile as object,
      checkStatus: () => Promise.resolve({ verified: true }),
    });
  };
  return { verify, credentialOf, libraryVerifies };
}
