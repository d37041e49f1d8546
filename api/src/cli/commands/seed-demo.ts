// Seeds (or completes) the demo organisation, accounts and site.
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { seedDemo } from '../../features/demo/demo-seed.js';
import { loadConfig } from '../../config/config.js';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo',
  summary: 'create the demo organisation and accounts (idempotent)',
  run: () =>
    withDatabase(async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      const { created } = await seedDemo(ds, loadConfig().dataDir);
      console.log(created ? 'demo seeded' : 'demo was already there; completed what was missing');
      return 0;
    }),
};
