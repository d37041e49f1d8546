// The tablet's key made at enrolment: the public half goes with the enrolment, the private half stays on the device
// (non-extractable) and opens the sign-in section the server seals for that public half; no second registration follows.
import { constants, createCipheriv, createPublicKey, publicEncrypt, randomBytes } from 'node:crypto';
import type { SealedSection } from '@fit/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureTabletKey, forgetTabletKey, openSignIn, tabletKeyForEnrolment } from './tablet-key';

// What the server does with the key it was sent (see the API's sealed-section.ts): RSA-OAEP-256 wraps an AES-256-GCM key.
function sealFor(publicKeyJwk: string, content: object): SealedSection {
  const aes = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aes, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const wrapped = publicEncrypt({ key: createPublicKey({ key: JSON.parse(publicKeyJwk) as never, format: 'jwk' }), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, aes);
  return { alg: 'RSA-OAEP-256+A256GCM', wrappedKey: wrapped.toString('base64'), iv: iv.toString('base64'), ciphertext: body.toString('base64') };
}

describe('the tablet key made at enrolment', () => {
  afterEach(() => forgetTabletKey());

  it('opens what is sealed for the public half it sent, and the first pack download registers nothing more', async () => {
    const key = await tabletKeyForEnrolment();
    expect(key).toBeDefined();
    await key!.keep('device-token-1');
    expect(await openSignIn(sealFor(key!.publicKeyJwk, { w1: '$argon2id$hash' }))).toEqual({ w1: '$argon2id$hash' });
    const registered: string[] = [];
    await ensureTabletKey('device-token-1', async (jwk) => void registered.push(jwk));
    expect(registered).toEqual([]);
  });

  it('a tablet paired without its key (enrolled before) makes and registers one once, at its pack download', async () => {
    const registered: string[] = [];
    await ensureTabletKey('device-token-2', async (jwk) => void registered.push(jwk));
    await ensureTabletKey('device-token-2', async (jwk) => void registered.push(jwk));
    expect(registered).toHaveLength(1);
    expect(await openSignIn(sealFor(registered[0]!, { w2: 'h' }))).toEqual({ w2: 'h' });
  });
});
