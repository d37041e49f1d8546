// Serves the built PWA from the API's origin: hashed assets cached for a year, the shell and service worker never;
// text assets as the build's brotli or gzip copies.
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { precompressed } from './precompressed.js';

// Paths the API answers itself; everything else that asks for HTML gets the app shell (client-side routes).
// The matrix and personal-data downloads are exact paths: /qualifications/... and /personal-data are otherwise the web
// app's own routes.
const API_PREFIXES = ['/graphql', '/health', '/xapi', '/cmi5', '/api', '/media', '/modules/versions', '/site-pack', '/qualifications/matrix.csv', '/personal-data/export.json', '/personal-data/passport.pdf', '/credentials', '/issuers', '/status-lists', '/afest-files', '/social-clause', '/network-figures/figures.csv'];

export function servePwa(app: NestExpressApplication, webDist: string): void {
  const compressed = precompressed(webDist);
  app.use(compressed.middleware);
  app.useStaticAssets(join(webDist, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d' });
  app.useStaticAssets(webDist, {
    index: false,
    setHeaders: (res, path) => {
      if (/(sw\.js|workbox-[^/]*\.js|manifest\.webmanifest|\.html|viewer-engine\.json)(\.br|\.gz)?$/.test(path)) res.setHeader('Cache-Control', 'no-cache');
    },
  });
  const indexHtml = join(webDist, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = API_PREFIXES.some((p) => req.path === p || req.path.startsWith(`${p}/`));
    if (req.method !== 'GET' || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(compressed.variant(req, res, indexHtml));
  });
}
