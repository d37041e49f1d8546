// `export-bcf --site <site id | demo> --out FILE.bcf [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: writes a site's
// validations of practical work on elements as a BCF 3.0 archive.
import { writeFile } from 'node:fs/promises';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { loadConfig } from '../../config/config.js';
import { isUuid } from '../../common/ids.js';
import { exportSiteBcf } from '../../features/bcf/bcf-export.js';
import { DEMO_ORGANISATION, DEMO_SITE } from '../../features/demo/demo-content.js';
import { LocalDiskMediaStorage } from '../../features/media/local-disk-storage.js';
import { mediaDir } from '../../features/media/media.module.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const exportBcfCommand: CliCommand = {
  name: 'export-bcf',
  usage: 'export-bcf --site <site id | demo> --out <file.bcf> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  summary: "write a site's validations of practical work on elements as BCF 3.0",
  run: (args) => {
    const site = valueOf(args, '--site');
    const out = valueOf(args, '--out');
    const from = valueOf(args, '--from');
    const to = valueOf(args, '--to');
    if (!site || !out) {
      console.error('Name the site and the file: export-bcf --site <site id | demo> --out validations.bcf');
      return Promise.resolve(2);
    }
    if ((from && !DAY.test(from)) || (to && !DAY.test(to))) {
      console.error('--from and --to are days written YYYY-MM-DD.');
      return Promise.resolve(2);
    }
    if (site !== 'demo' && !isUuid(site)) {
      console.error(`"${site}" is not a site id (a UUID) nor "demo".`);
      return Promise.resolve(2);
    }
    return withDatabase(async (db) => {
      await db.runMigrations({ transaction: 'each' });
      const [found] = await db.query<{ id: string; organisation_id: string }[]>(
        site === 'demo'
          ? 'select s.id, s.organisation_id from sites s join organisations o on o.id = s.organisation_id where o.slug = $1 and s.name = $2'
          : 'select id, organisation_id from sites where id = $1',
        site === 'demo' ? [DEMO_ORGANISATION.slug, DEMO_SITE.name] : [site],
      );
      if (!found) {
        console.error(site === 'demo' ? 'There is no demo site in this database: run `npm start` or `npm run fit -- seed-demo` first.' : `No site has the id ${site}.`);
        return 1;
      }
      const config = loadConfig();
      const archive = await exportSiteBcf(
        { db, storage: new LocalDiskMediaStorage(mediaDir(config)), dataDir: config.dataDir },
        found.organisation_id,
        found.id,
        { from, to },
      );
      await writeFile(out, archive.bytes);
      console.error(`${archive.topics} topic(s) written to ${out}`);
      return 0;
    });
  },
};

function valueOf(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}
