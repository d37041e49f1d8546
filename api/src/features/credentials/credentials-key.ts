// The key that encrypts signing keys at rest: CREDENTIALS_KEY when set, else a random one kept in the data folder
// (as the JWT secret is), so a stolen database alone does not let anyone sign in an organisation's name.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppConfig } from '../../config/config.js';

export const CREDENTIALS_KEY = Symbol('CREDENTIALS_KEY');

/** 32 bytes for AES-256-GCM, derived from the configured or generated secret. */
export function loadCredentialsKey(config: Pick<AppConfig, 'credentialsKey' | 'dataDir'>): Buffer {
  let secret = config.credentialsKey;
  if (!secret) {
    const dir = resolve(config.dataDir);
    const file = join(dir, 'credentials-key');
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    }
    secret = readFileSync(file, 'utf8').trim();
  }
  return createHash('sha256').update(`fit-credentials:${secret}`).digest();
}

export function encryptSecret(key: Buffer, plain: Uint8Array): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

export function decryptSecret(key: Buffer, sealed: string): Uint8Array {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !data) throw new Error('A sealed secret is three base64url parts (iv.tag.data): this one is damaged.');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAuthTag(tag);
  return new Uint8Array(Buffer.concat([decipher.update(data), decipher.final()]));
}
