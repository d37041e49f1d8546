// Checks an HS256 access token synchronously with node:crypto. Every authenticated request verifies one: jose does it
// through WebCrypto, whose every call is a job on libuv's thread pool (~130 µs a token against ~13 µs here), which
// capped how many requests a small server answers. Tokens are still signed with jose (tokens.service.ts).
import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';

export type Hs256Failure = 'invalid' | 'expired';

export class Hs256Error extends Error {
  constructor(readonly reason: Hs256Failure) {
    super(reason === 'expired' ? 'token expired' : 'token invalid');
  }
}

export interface Hs256Expectations {
  issuer: string;
  audience: string;
  /** Seconds since the epoch; defaults to now. */
  now?: number;
}

/** The payload of a token signed with `key` for this issuer and audience, unexpired; throws Hs256Error otherwise. */
export function verifyHs256(token: string, key: KeyObject, expected: Hs256Expectations): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new Hs256Error('invalid');
  const [head, body, signature] = parts as [string, string, string];
  const header = decodeJson(head);
  // Only what FIT signs: HS256, no critical extensions, no unencoded payload.
  if (header.alg !== 'HS256' || header.crit !== undefined || header.b64 !== undefined) throw new Hs256Error('invalid');
  const mac = createHmac('sha256', key).update(`${head}.${body}`).digest();
  const sent = Buffer.from(signature, 'base64url');
  if (sent.length !== mac.length || !timingSafeEqual(sent, mac)) throw new Hs256Error('invalid');
  const payload = decodeJson(body);
  const audience = payload.aud;
  if (payload.iss !== expected.issuer) throw new Hs256Error('invalid');
  if (!(audience === expected.audience || (Array.isArray(audience) && audience.includes(expected.audience)))) throw new Hs256Error('invalid');
  const now = expected.now ?? Math.floor(Date.now() / 1000);
  if (typeof payload.exp !== 'number' || (payload.iat !== undefined && typeof payload.iat !== 'number')) throw new Hs256Error('invalid');
  if (payload.nbf !== undefined && (typeof payload.nbf !== 'number' || payload.nbf > now)) throw new Hs256Error('invalid');
  if (payload.exp <= now) throw new Hs256Error('expired');
  return payload;
}

function decodeJson(segment: string): Record<string, unknown> {
  // base64url only: Buffer would also accept (and skip) other characters, which a token never carries.
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) throw new Hs256Error('invalid');
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Hs256Error('invalid');
    return value as Record<string, unknown>;
  } catch {
    throw new Hs256Error('invalid');
  }
}
