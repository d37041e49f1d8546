// `npm start`: validates the environment, brings up the database (embedded when DATABASE_URL is unset),
// migrates, seeds the demo where asked, and serves the API and the PWA on one origin.
// First: every zod schema built after this (the xAPI statement schemas of @fit/shared/validation on the sync path)
// is compiled ahead of time on first use; invalid input falls back to the regular parser, so messages are the same.
import 'zod/compile';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import pino from 'pino';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { createApp } from './create-app.js';
import { closeGracefully } from './common/http/graceful-close.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { installConnectionErrorGuard } from './database/connection-error-guard.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_WORKER_PIN, DEMO_WORKERS } from './features/demo/demo-content.js';
import { demoTabletCode } from './features/demo/demo-tablet-code.js';
import type { TabletEnrolmentCode } from './features/tablets/models/tablet.model.js';
import { revokeDemoTablet, seedDemo } from './features/demo/demo-seed.js';
import { MEDIA_STORAGE } from './features/media/media-storage.js';
import { JobsService } from './common/jobs/jobs.service.js';
import { CredentialsIssuer } from './features/credentials/credentials-issuer.service.js';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const log = pino({ level: config.logLevel });
  installConnectionErrorGuard(log);
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, log);
    embedded.supervise();
    log.info('embedded PostgreSQL is up');
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const ownerUrl = config.databaseOwnerUrl ?? embedded?.ownerUrl ?? databaseUrl;
  const shouldSeed = config.seedDemo ?? embedded !== undefined;

  const app = await createApp(config, databaseUrl, ownerUrl).catch(async (error: unknown) => {
    await embedded?.stop();
    throw error;
  });
  // Lifecycle hooks first (job queues registered and started), so the seed can queue the demo models' geometry.
  await app.init();
  // The demo tablet is public (its set-up code is printed): only a demo on the embedded database in development (or a
  // test run) has it.
  const demoTablet = config.env !== 'production' && (config.env === 'test' || embedded !== undefined);
  if (shouldSeed) {
    await seedDemo(app.get(DataSource), { storage: app.get(MEDIA_STORAGE), dataDir: config.dataDir, jobs: app.get(JobsService), demoTablet, work: config.demoWork });
    // The demo's awards are signed before FIT answers /health, so its credentials exist from the first request.
    const { issued, failed } = await app.get(CredentialsIssuer).issuePending();
    log.info({ issued, failed }, 'demo credentials issued');
  } else if (config.env === 'production') await app.get(DataSource).transaction((tx) => revokeDemoTablet(tx));
  await app.listen(config.port, config.host);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping FIT');
    const closed = await closeGracefully(app).catch((error: unknown) => log.error({ err: error }, 'error while closing the API'));
    if (closed === 'gave up waiting') log.warn('a database query outlived the grace period; stopping without it');
    await embedded?.stop().catch((error: unknown) => log.error({ err: error }, 'error while stopping PostgreSQL'));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  printBanner(config, shouldSeed && demoTablet ? await demoTabletCode(app.get(DataSource)) : undefined, shouldSeed);
}

function readConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`FIT cannot start. ${error.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}

function printBanner(config: AppConfig, tabletCode: TabletEnrolmentCode | undefined, seeded: boolean): void {
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  FIT is ready at ${url}`,
    `  GraphQL ${url}/graphql · health ${url}/health`,
    `  Database: ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}/pg`}`,
  ];
  if (seeded) {
    lines.push('', `  Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS) lines.push(`    ${account.role.padEnd(8)} ${account.email}`);
    if (tabletCode) {
      const until = tabletCode.expiresAt.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      lines.push(
        '',
        `  Demo site tablet: open ${url}/tablet in another browser and type the set-up code ${tabletCode.code}`,
        `    (works once, until ${until}; \`npm run fit -- tablet-code\` prints a new one)`,
        `    Then pick a worker, e.g. ${DEMO_WORKERS[0].displayName}, PIN ${DEMO_WORKER_PIN} (${DEMO_WORKERS.length} workers in the crew).`,
      );
    }
  }
  console.log([...lines, ''].join('\n'));
}

main().catch((error: unknown) => {
  console.error('FIT could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
