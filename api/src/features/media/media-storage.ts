// Where media bytes live. Local disk today; an S3-compatible store implements the same four calls later.
import type { Readable } from 'node:stream';

export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');

export interface MediaStorage {
  /** Stores the bytes under the key, replacing nothing: keys are fresh ids. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The whole file, or null when there is none. */
  read(key: string): Promise<Buffer | null>;
  /** A stream for serving large files without holding them in memory (optionally bytes start..end inclusive), or null. */
  open(key: string, range?: { start: number; end: number }): Promise<Readable | null>;
  delete(key: string): Promise<void>;
}
