// `restore FILE`: into an empty data folder and an empty database (or a new embedded cluster); checks first,
// switches last.
import pino from 'pino';
import type { CliCommand } from '../command.js';
import { loadConfig } from '../../config/config.js';
import { runRestore } from '../backup/restore.js';
import { backupPassphrase } from '../backup/passphrase.js';

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore FILE',
  summary: 'restore a backup into an empty FIT_DATA_DIR and an empty database (checked before anything is written)',
  run: async (args) => {
    const file = args[0];
    if (!file || file.startsWith('-')) {
      console.error('Name the archive to restore: npm run fit -- restore /safe/place/fit-2026-12-04.fitbackup');
      return 2;
    }
    const config = loadConfig();
    const passphrase = await backupPassphrase(false);
    const log = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
    const summary = await runRestore({ file, passphrase, dataDir: config.dataDir, databaseUrl: config.databaseOwnerUrl ?? config.databaseUrl, log });
    console.log(`Restored ${file} into ${config.dataDir}${config.databaseUrl ? ' and the database' : ''} (${summary.files} files, ${summary.seconds.toFixed(1)} s).`);
    for (const name of summary.environmentSecrets) {
      console.log(`The backed-up FIT took ${name} from its environment: start this one with the same ${name}.`);
    }
    return 0;
  },
};
