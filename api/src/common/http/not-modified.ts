// Conditional GET for content named by its hash: sets the ETag and caching, and answers 304 when the client has it.
import type { Request, Response } from 'express';

/**
 * `cache` is the Cache-Control value (immutable files, or no-store for private manifests). Returns true when the
 * 304 was sent and the caller must send nothing more.
 */
export function answeredNotModified(req: Request, res: Response, hash: string, cache: string): boolean {
  const etag = `"${hash}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', cache);
  if (req.headers['if-none-match'] !== etag) return false;
  res.status(304).end();
  return true;
}

/** Files that never change under their URL (a new version has a new URL). */
export const IMMUTABLE_PRIVATE = 'private, max-age=31536000, immutable';
