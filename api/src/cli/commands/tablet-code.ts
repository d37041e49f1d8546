// Prints a fresh one-time code (15 minutes) that sets up a site tablet: the demo site's, or the site given.
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { demoTabletCode } from '../../features/demo/demo-tablet-code.js';
import { issueEnrolmentCode } from '../../features/tablets/tablets.service.js';
import { isUuid } from '../../common/ids.js';

export const tabletCodeCommand: CliCommand = {
  name: 'tablet-code',
  usage: 'tablet-code [--site <site id>] [--label <text>]',
  summary: 'a one-time code to set up a site tablet (default: the demo site)',
  run: (args) =>
    withDatabase(async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      const siteId = valueOf(args, '--site');
      let issued;
      if (siteId) {
        const [site] = isUuid(siteId) ? await ds.query<{ organisation_id: string }[]>('select organisation_id from sites where id = $1', [siteId]) : [];
        if (!site) {
          console.error(`No site has the id "${siteId}" in this database.`);
          return 1;
        }
        issued = await issueEnrolmentCode(ds, { organisationId: site.organisation_id, siteId, label: valueOf(args, '--label') ?? 'Site tablet', createdBy: null });
      } else {
        issued = await demoTabletCode(ds);
        if (!issued) {
          console.error('There is no demo site in this database: give --site <site id>.');
          return 1;
        }
      }
      console.log(`${issued.code}  (open /tablet on the tablet and type it; valid until ${issued.expiresAt.toLocaleTimeString()}, once)`);
      return 0;
    }),
};

function valueOf(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}
