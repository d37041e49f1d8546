// The SHA-256 hex digest used for file checksums, etags and content hashes (strings are hashed as UTF-8).
import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
