// Seeds (or completes) the demo organisation, accounts and site.
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { loadConfig } from '../../config/config.js';
import { seedDemo } from '../../features/demo/demo-seed.js';
import { LocalDiskMediaStorage } from '../../features/media/local-disk-storage.js';
import { mediaDir } from '../../features/media/media.module.js';

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  usage: 'seed-demo',
  summary: 'create the demo organisation, accounts, site and modules (idempotent)',
  run: () =>
    withDatabase(async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      const config = loadConfig();
      const { created } = await seedDemo(ds, {
        storage: new LocalDiskMediaStorage(mediaDir(config)),
        dataDir: config.dataDir,
        demoTablet: config.env !== 'production',
        work: config.demoWork,
      });
      console.log(created ? 'demo seeded' : 'demo was already there; completed what was missing');
      return 0;
    }),
};
