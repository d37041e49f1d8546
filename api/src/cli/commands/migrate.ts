// Applies pending migrations (the app also does this on start).
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'apply pending database migrations',
  run: () =>
    withDatabase(async (ds) => {
      const applied = await ds.runMigrations({ transaction: 'each' });
      console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'database is up to date');
      return 0;
    }),
};
