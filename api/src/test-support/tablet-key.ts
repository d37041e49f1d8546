// A tablet's key pair as the browser makes it at enrolment (RSA-OAEP-256), registered through the real API; the
// private half opens the pack's sealed sign-in section as the tablet does.
import { constants, createDecipheriv, generateKeyPairSync, privateDecrypt, type KeyObject } from 'node:crypto';
import type { SealedSection } from '@fit/shared';
import type { TestApp } from './test-app.js';

/** A key pair as the tablet makes it: the public half as the JWK string it sends, the private half to open packs. */
export function newTabletKey(): { publicKeyJwk: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { publicKeyJwk: JSON.stringify({ ...publicKey.export({ format: 'jwk' }), alg: 'RSA-OAEP-256' }), privateKey };
}

/** A tablet enrolled without its key registers it afterwards (older clients, at their first pack download). */
export async function registerTabletKey(sut: TestApp, deviceToken: string): Promise<KeyObject> {
  const { publicKeyJwk, privateKey } = newTabletKey();
  const result = await sut.gql('mutation($k: String!) { registerTabletKey(publicKey: $k) }', { k: publicKeyJwk }, undefined, {
    'x-device-token': deviceToken,
  });
  if (result.errors) throw new Error(`registerTabletKey failed: ${JSON.stringify(result.errors)}`);
  return privateKey;
}

export function openSealed(section: SealedSection, privateKey: KeyObject): Record<string, string> {
  const key = privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(section.wrappedKey, 'base64'));
  const body = Buffer.from(section.ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(section.iv, 'base64'));
  decipher.setAuthTag(body.subarray(body.length - 16));
  return JSON.parse(Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8')) as Record<string, string>;
}
