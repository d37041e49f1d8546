import { createSecretKey } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SignJWT, UnsecuredJWT } from 'jose';
import { Hs256Error, verifyHs256 } from './hs256.js';

const secret = new TextEncoder().encode('a secret long enough for HS256 tokens');
const key = createSecretKey(secret);
const expected = { issuer: 'fit', audience: 'fit-api' };
const now = Math.floor(Date.now() / 1000);

const sign = (claims: Record<string, unknown> = {}, options: { alg?: string; key?: Uint8Array; exp?: number; iss?: string; aud?: string } = {}) =>
  new SignJWT({ org: 'o', ...claims })
    .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
    .setSubject('u')
    .setIssuer(options.iss ?? 'fit')
    .setAudience(options.aud ?? 'fit-api')
    .setIssuedAt(now)
    .setExpirationTime(options.exp ?? now + 60)
    .sign(options.key ?? secret);

const reason = (run: () => unknown): string => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return error instanceof Hs256Error ? error.reason : String(error);
  }
};

describe(verifyHs256.name, () => {
  it('returns the claims of a token jose signed with the key', async () => {
    const payload = verifyHs256(await sign({ role: 'trainer' }), key, expected);
    expect(payload).toMatchObject({ sub: 'u', org: 'o', role: 'trainer', iss: 'fit', aud: 'fit-api', exp: now + 60 });
  });

  it('refuses another key, a changed payload or a changed signature', async () => {
    const other = await sign({}, { key: new TextEncoder().encode('another secret of the same kind here') });
    expect(reason(() => verifyHs256(other, key, expected))).toBe('invalid');
    const [head, , signature] = (await sign()).split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', org: 'o', iss: 'fit', aud: 'fit-api', exp: now + 60 })).toString('base64url');
    expect(reason(() => verifyHs256(`${head}.${forged}.${signature}`, key, expected))).toBe('invalid');
    const token = await sign();
    expect(reason(() => verifyHs256(`${token.slice(0, -2)}AA`, key, expected))).toBe('invalid');
  });

  it('refuses an unsigned token, another algorithm and malformed tokens', async () => {
    const unsecured = new UnsecuredJWT({ org: 'o' }).setIssuer('fit').setAudience('fit-api').setExpirationTime(now + 60).encode();
    expect(reason(() => verifyHs256(unsecured, key, expected))).toBe('invalid');
    const hs512 = await sign({}, { alg: 'HS512', key: new Uint8Array(64).fill(1) });
    expect(reason(() => verifyHs256(hs512, key, expected))).toBe('invalid');
    for (const bad of ['', 'a.b', 'a.b.c.d', 'x!y.e30.abc', `${Buffer.from('[]').toString('base64url')}.e30.abc`]) {
      expect(reason(() => verifyHs256(bad, key, expected))).toBe('invalid');
    }
  });

  it('refuses another issuer or audience, and says when the token expired', async () => {
    const otherIssuer = await sign({}, { iss: 'other' });
    const otherAudience = await sign({}, { aud: 'other' });
    const expired = await sign({}, { exp: now - 1 });
    expect(reason(() => verifyHs256(otherIssuer, key, expected))).toBe('invalid');
    expect(reason(() => verifyHs256(otherAudience, key, expected))).toBe('invalid');
    expect(reason(() => verifyHs256(expired, key, expected))).toBe('expired');
    expect(reason(() => verifyHs256(expired, key, { ...expected, now: now - 10 }))).toBe('accepted');
  });
});
