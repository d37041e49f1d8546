// `npm start`: validates the environment, brings up the database (embedded when DATABASE_URL is unset),
// migrates, seeds the demo where asked, and serves the API and the PWA on one origin.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import pino from 'pino';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { createApp } from './create-app.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TABLET, DEMO_WORKER_PIN, DEMO_WORKERS } from './features/demo/demo-content.js';
import { seedDemo } from './features/demo/demo-seed.js';
import { MEDIA_STORAGE } from './features/media/media-storage.js';
import { CredentialsIssuer } from './features/credentials/credentials-issuer.service.js';

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const log = pino({ level: config.logLevel });
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, log);
    log.info('embedded PostgreSQL is up');
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const shouldSeed = config.seedDemo ?? embedded !== undefined;

  const app = await createApp(config, databaseUrl).catch(async (error: unknown) => {
    await embedded?.stop();
    throw error;
  });
  if (shouldSeed) {
    await seedDemo(app.get(DataSource), { storage: app.get(MEDIA_STORAGE), dataDir: config.dataDir });
    // The demo's awards are signed before FIT answers /health, so its credentials exist from the first request.
    const { issued, failed } = await app.get(CredentialsIssuer).issuePending();
    log.info({ issued, failed }, 'demo credentials issued');
  }
  await app.listen(config.port, config.host);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping FIT');
    await app.close().catch((error: unknown) => log.error({ err: error }, 'error while closing the API'));
    await embedded?.stop().catch((error: unknown) => log.error({ err: error }, 'error while stopping PostgreSQL'));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  printBanner(config, shouldSeed);
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

function printBanner(config: AppConfig, seeded: boolean): void {
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
    lines.push(
      '',
      `  Demo site tablet: device token ${DEMO_TABLET.deviceToken}`,
      `    (sent as the X-Device-Token header; ${DEMO_WORKERS.length} workers, e.g. ${DEMO_WORKERS[0].displayName}, PIN ${DEMO_WORKER_PIN})`,
    );
  }
  console.log([...lines, ''].join('\n'));
}

main().catch((error: unknown) => {
  console.error('FIT could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
