// Reads a raw request body (uploads, packages) with a size limit, answering 413 as early as possible.
import type { Request } from 'express';
import { DomainError } from '../errors/domain-error.js';

/** Reads the raw body up to the limit; a declared or actual size beyond it is a 413 before more is read. */
export async function readBody(req: Request, limit: number, what: string): Promise<Buffer> {
  const tooLarge = () => new DomainError('PAYLOAD_TOO_LARGE', `This ${what} is larger than the limit of ${Math.round(limit / 1024 / 1024)} MB.`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
