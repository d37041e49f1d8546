// Builds the HTTP application (API + PWA on one origin); used by main.ts and by the integration tests.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { migrateAndGrant, warnWhenLedgerIsAlterable } from './database/roles.js';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { servePwa } from './pwa/serve-pwa.js';
import { applyRequestLimits } from './common/http/request-limits.js';
import { securityHeaders } from './common/http/security-headers.js';
import { contentOriginOnlyServesContent } from './features/cmi5/content-origin.js';

const apiRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `databaseUrl` is the API's own role; `ownerUrl` (the schema's owner, default the same) runs the migrations and
 * grants the API's role what it needs. A warning is logged when the API's role could alter the learning-record ledger.
 */
export async function createApp(config: AppConfig, databaseUrl: string, ownerUrl: string = databaseUrl): Promise<NestExpressApplication> {
  await migrateAndGrant(ownerUrl, databaseUrl);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
    // Throw instead of exiting, so main.ts can stop the embedded database and tests can report the cause.
    abortOnError: false,
    // Parsers are added by applyRequestLimits with our size cap and error answers.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  keepConnectionsLongerThanClients(app);
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: false }));
  app.disable('x-powered-by');
  // Whose X-Forwarded-For (rate limits, logs) and X-Forwarded-Proto (HTTPS-only headers) are believed.
  app.set('trust proxy', config.trustProxy);
  applyRequestLimits(app);
  // API answers above 1 KB go compressed (brotli at a quick level, else gzip); the PWA's files have compressed copies
  // made at build time, which this leaves alone (they already carry their Content-Encoding).
  app.use(compression({ threshold: 1024 }));
  app.use(securityHeaders(config.publicUrl, config.cmi5ContentOrigin));
  // The cmi5 content origin (the same server under another host name or port) serves AU content only: never FIT's
  // app, API or tokens.
  if (config.cmi5ContentOrigin) app.use(contentOriginOnlyServesContent(config.cmi5ContentOrigin));
  const webDist = config.webDist ? resolve(config.webDist) : join(apiRoot, '..', 'web', 'dist');
  if (existsSync(join(webDist, 'index.html'))) servePwa(app, webDist);
  await warnWhenLedgerIsAlterable(app.get(DataSource), pino({ level: config.logLevel, base: { context: 'Database' } }));
  return app;
}

// Node closes an idle kept-alive connection after 5 s; a client (tablet, proxy) that reuses it at that instant
// gets "socket closed" on a request it cannot safely retry, such as an upload. Outlast the usual 60 s of proxies.
function keepConnectionsLongerThanClients(app: NestExpressApplication) {
  const server = app.getHttpServer() as Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
