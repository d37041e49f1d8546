// Where model files live on disk, and streaming an upload there with a size cap and its SHA-256 computed on the way.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { DomainError } from '../../common/errors/domain-error.js';

export const modelFilePath = (dataDir: string, modelId: string) => join(resolve(dataDir), 'ifc', `${modelId}.ifc`);

export const tooLarge = (maxBytes: number) =>
  new DomainError('PAYLOAD_TOO_LARGE', `The file is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB FIT accepts for a model.`, {
    maxBytes,
  });

export interface StoredUpload {
  modelId: string;
  path: string;
  sizeBytes: number;
  sha256: string;
}

/** Streams `body` to FIT_DATA_DIR/ifc/<new id>.ifc; nothing is left on disk if it fails or is too large. */
export async function storeUpload(dataDir: string, body: Readable, maxBytes: number): Promise<StoredUpload> {
  const modelId = randomUUID();
  const path = modelFilePath(dataDir, modelId);
  await mkdir(join(resolve(dataDir), 'ifc'), { recursive: true });
  const partial = `${path}.part`;
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, meter, createWriteStream(partial));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { modelId, path, sizeBytes: size, sha256: hash.digest('hex') };
}

/** A display name from what the client sent: no folders, no control characters, bounded length. */
export function cleanFileName(raw: string | undefined): string {
  // eslint-disable-next-line no-control-regex
  const name = basename(decodeURIComponentSafe(raw ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f]/g, '').trim();
  return (name || 'model.ifc').slice(0, 200);
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
