// Seals a section of the site pack for one tablet: AES-256-GCM under a fresh key, wrapped with RSA-OAEP-256 for the
// tablet's public key. Only the device that made the key pair (private key non-extractable in its browser) opens it.
import { constants, createCipheriv, createPublicKey, publicEncrypt, randomBytes, type KeyObject } from 'node:crypto';
import type { SealedSection } from '@fit/shared';
import { badInput } from '../../common/errors/domain-error.js';

const MIN_MODULUS_BITS = 2048;

/** Checks a tablet's public key (a JWK string) and returns it as a key; BAD_USER_INPUT when it is not one we accept. */
export function tabletPublicKey(jwk: string): KeyObject {
  let key: KeyObject;
  try {
    const parsed = JSON.parse(jwk) as { kty?: string; alg?: string; d?: unknown };
    if (parsed.kty !== 'RSA' || (parsed.alg !== undefined && parsed.alg !== 'RSA-OAEP-256') || parsed.d !== undefined) throw new Error('not an RSA public key');
    key = createPublicKey({ key: parsed as never, format: 'jwk' });
  } catch {
    throw badInput('The tablet key must be an RSA-OAEP-256 public key (JWK).');
  }
  if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < MIN_MODULUS_BITS) throw badInput(`The tablet key must have at least ${MIN_MODULUS_BITS} bits.`);
  return key;
}

export function seal(plaintext: string, publicKey: KeyObject): SealedSection {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const wrappedKey = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, key);
  return { alg: 'RSA-OAEP-256+A256GCM', wrappedKey: wrappedKey.toString('base64'), iv: iv.toString('base64'), ciphertext: body.toString('base64') };
}
