// Seals the data folder's secrets (access-token key, credential-key encryption key) with the operator's passphrase:
// scrypt turns the passphrase into a key, AES-256-GCM encrypts and authenticates, so a wrong passphrase and a changed
// byte are both refused, and nothing of the secrets is readable without the passphrase.
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/** scrypt cost: about a quarter of a second and 128 MiB per guess on a small server. */
const N = 2 ** 17;
const R = 8;
const P = 1;
const MAX_MEM = 256 * 1024 * 1024;

export interface SealedSecrets {
  kdf: 'scrypt';
  n: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('The passphrase does not open this backup (or its secrets were altered). Nothing was restored.');
    this.name = 'WrongPassphraseError';
  }
}

function deriveKey(passphrase: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { N: n, r, p, maxmem: MAX_MEM }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `aad` binds the sealed secrets to the archive's header (format version, creation time). */
export async function sealSecrets(secrets: Record<string, string>, passphrase: string, aad: string): Promise<SealedSecrets> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, N, R, P);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  const b64 = (b: Buffer) => b.toString('base64');
  return { kdf: 'scrypt', n: N, r: R, p: P, salt: b64(salt), iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

export async function openSecrets(sealed: SealedSecrets, passphrase: string, aad: string): Promise<Record<string, string>> {
  // The cost parameters come from the file: bound them so a crafted archive cannot ask for unbounded memory.
  if (sealed.kdf !== 'scrypt' || sealed.n > 2 ** 20 || sealed.r > 16 || sealed.p > 4) throw new WrongPassphraseError();
  const from = (s: string) => Buffer.from(s, 'base64');
  const key = await deriveKey(passphrase, from(sealed.salt), sealed.n, sealed.r, sealed.p);
  const decipher = createDecipheriv('aes-256-gcm', key, from(sealed.iv));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(from(sealed.tag));
  try {
    const plain = Buffer.concat([decipher.update(from(sealed.data)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as Record<string, string>;
  } catch {
    throw new WrongPassphraseError();
  }
}
