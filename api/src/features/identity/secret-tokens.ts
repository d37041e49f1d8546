// Opaque random tokens (refresh, device, invitation) and the SHA-256 digest under which they are stored.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes: unguessable, so a fast hash is enough to store it (unlike a password or a PIN). */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function digestToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
