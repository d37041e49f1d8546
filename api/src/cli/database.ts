// Opens the configured database for a command, as the schema's owner (DATABASE_OWNER_URL, else DATABASE_URL), or the
// embedded one under FIT_DATA_DIR (the running FIT's when there is one): commands are the operator's, and `migrate`
// must run as the owner.
import { DataSource } from 'typeorm';
import pino from 'pino';
import { loadConfig } from '../config/config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { openEmbeddedPostgres } from '../database/embedded-postgres.js';

export async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  // Beside a running FIT this is its own PostgreSQL, which the command uses and leaves running.
  const embedded = config.databaseUrl ? undefined : await openEmbeddedPostgres(config.dataDir, log);
  const dataSource = new DataSource(dataSourceOptions(config.databaseOwnerUrl ?? config.databaseUrl ?? embedded!.ownerUrl));
  try {
    await dataSource.initialize();
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}
