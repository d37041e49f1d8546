// Serves the brotli or gzip copy the web build wrote next to a text asset (web/scripts/after-build.mjs) when the
// client accepts it: the PWA's first load travels compressed at the best ratio, at no CPU cost per request.
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { NextFunction, Request, Response } from 'express';

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export interface Precompressed {
  /** Express middleware: rewrites the request to the compressed copy and sets Content-Encoding, Content-Type, Vary. */
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  /** The copy of a file (absolute path) to send for this request, with its headers set; the file itself when none. */
  variant: (req: Request, res: Response, file: string) => string;
}

export function precompressed(root: string): Precompressed {
  // The build output does not change while the server runs: one look at start-up.
  const copies = new Set(walk(root).filter((f) => /\.(br|gz)$/.test(f)).map((f) => relative(root, f).split('\\').join('/')));
  const choose = (req: Request, res: Response, path: string) => {
    if (!copies.has(`${path}.br`) && !copies.has(`${path}.gz`)) return undefined;
    res.vary('Accept-Encoding');
    // Brotli whenever accepted (browsers list gzip first, at the same weight).
    const encoding = ENCODINGS.find((e) => copies.has(path + e.suffix) && req.acceptsEncodings(e.name) === e.name);
    if (!encoding) return undefined;
    res.type(extname(path));
    res.setHeader('Content-Encoding', encoding.name);
    return path + encoding.suffix;
  };
  return {
    middleware(req, res, next) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      const chosen = choose(req, res, decodeURIComponent(req.path).replace(/^\/+/, ''));
      if (chosen) req.url = `/${chosen}${req.url.slice(req.path.length)}`;
      next();
    },
    variant(req, res, file) {
      const chosen = choose(req, res, relative(root, file).split('\\').join('/'));
      return chosen ? join(root, chosen) : file;
    },
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
