import { afterEach, describe, expect, it } from 'vitest';
import { readDevice } from '../../app/device-token';
import { enrolmentCodeFrom, enrolmentUrl, enrolThisTablet } from './enrol-tablet';

describe('enrolmentCodeFrom', () => {
  it('reads the code from the QR address or a bare code, and nothing from a badge or another address', () => {
    expect(enrolmentCodeFrom(enrolmentUrl('https://fit.site.lan', 'ABCD-EF23'))).toBe('ABCD-EF23');
    expect(enrolmentCodeFrom(' abcd-ef23 ')).toBe('ABCD-EF23');
    expect(enrolmentCodeFrom('fit:badge:ABCDEF23')).toBeNull();
    expect(enrolmentCodeFrom('https://example.org/')).toBeNull();
    expect(enrolmentCodeFrom(null)).toBeNull();
  });
});

describe('enrolThisTablet', () => {
  afterEach(() => localStorage.clear());

  it('keeps the device token from the answer in storage without showing it, and sends the public half of a new key pair with the code', async () => {
    let sent: { query: string; variables: unknown } | undefined;
    const fetchImpl: typeof fetch = async (_url, init) => {
      sent = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
      return new Response(
        JSON.stringify({ data: { enrolTabletWithCode: { deviceToken: 'secret-token', siteName: 'Les Tilleuls', tablet: { id: 't1', label: 'Hut' } } } }),
        { headers: { 'content-type': 'application/json' } },
      );
    };
    const binding = await enrolThisTablet({ code: 'ABCD-EF23' }, fetchImpl);
    const { code, publicKey } = sent?.variables as { code: string; publicKey: string };
    expect(code).toBe('ABCD-EF23');
    // The public half only: an RSA-OAEP-256 JWK without its private exponent.
    const jwk = JSON.parse(publicKey) as Record<string, unknown>;
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RSA-OAEP-256', e: 'AQAB' });
    expect(Object.keys(jwk).sort()).toEqual(['alg', 'e', 'kty', 'n']);
    expect(binding).toEqual({ deviceToken: 'secret-token', tabletId: 't1', label: 'Hut', siteName: 'Les Tilleuls' });
    expect(readDevice()).toEqual(binding);
  });
});
