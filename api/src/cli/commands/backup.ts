// `backup FILE`: database, data-folder files and sealed secrets in one archive; safe while FIT runs.
import { join, resolve } from 'node:path';
import pino from 'pino';
import type { CliCommand } from '../command.js';
import { loadConfig } from '../../config/config.js';
import { openEmbeddedPostgres } from '../../database/embedded-postgres.js';
import { runBackup } from '../backup/backup.js';
import { backupPassphrase } from '../backup/passphrase.js';

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup FILE',
  summary: 'write the database, media and secrets (sealed with FIT_BACKUP_PASSPHRASE) to one archive',
  run: async (args) => {
    const file = args[0];
    if (!file || file.startsWith('-')) {
      console.error('Name the archive to write: npm run fit -- backup /safe/place/fit-2026-12-04.fitbackup');
      return 2;
    }
    const config = loadConfig();
    const passphrase = await backupPassphrase(true);
    const log = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
    const embedded = config.databaseUrl ? undefined : await openEmbeddedPostgres(config.dataDir, log);
    try {
      const summary = await runBackup({
        databaseUrl: config.databaseOwnerUrl ?? config.databaseUrl ?? embedded!.ownerUrl,
        dataDir: config.dataDir,
        file,
        passphrase,
        embeddedCluster: embedded ? join(resolve(config.dataDir), 'pg') : undefined,
        environmentSecrets: [config.jwtSecret && 'JWT_SECRET', config.credentialsKey && 'CREDENTIALS_KEY'].filter((s): s is string => !!s),
      });
      console.log(`Backup written: ${summary.file} (${(summary.bytes / 1024 / 1024).toFixed(1)} MB, ${summary.files} files, ${summary.seconds.toFixed(1)} s)`);
      return 0;
    } finally {
      await embedded?.stop();
    }
  },
};
