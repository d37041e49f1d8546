// Cross-origin access to the learning record store: xAPI content runs on other origins (and cmi5 AUs in a
// sandbox, whose origin is "null") and calls /xapi with its own Authorization header. Nothing rides on cookies
// here, so any origin may call; the credential decides what it may do.
import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS = 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match';
const EXPOSED_HEADERS = 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through, Content-Type';

export function xapiCors(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, PUT, POST, DELETE');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
    return;
  }
  next();
}
