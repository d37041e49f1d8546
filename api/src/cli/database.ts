// Opens the configured database for a command: DATABASE_URL, or the embedded one under FIT_DATA_DIR.
import { DataSource } from 'typeorm';
import pino from 'pino';
import { loadConfig } from '../config/config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runningEmbeddedUrl, startEmbeddedPostgres } from '../database/embedded-postgres.js';

/** `shareRunning`: a reading command joins the embedded database of a running FIT rather than starting its own. */
export async function withDatabase<T>(work: (dataSource: DataSource) => Promise<T>, options: { shareRunning?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const log = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const running = !config.databaseUrl && options.shareRunning ? runningEmbeddedUrl(config.dataDir) : undefined;
  const embedded = config.databaseUrl || running ? undefined : await startEmbeddedPostgres(config.dataDir, log);
  const dataSource = new DataSource(dataSourceOptions(config.databaseUrl ?? running ?? embedded!.url));
  try {
    await dataSource.initialize();
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}
