// Prints the Open Badges an organisation issued, as signed: `credentials --org <slug> --json` (a JSON array).
// Read only, so it runs while FIT is up (it joins FIT's embedded database instead of starting another).
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';

export const credentialsCommand: CliCommand = {
  name: 'credentials',
  usage: 'credentials --org <slug> [--json]',
  summary: "print an organisation's issued credentials (signed Open Badges 3.0)",
  run: (args) => {
    const index = args.indexOf('--org');
    const slug = index >= 0 ? args[index + 1] : undefined;
    if (!slug) {
      console.error('Name the organisation: credentials --org <slug> --json (the demo organisation is "demo").');
      return Promise.resolve(2);
    }
    const json = args.includes('--json');
    return withDatabase(
      async (ds) => {
        await ds.runMigrations({ transaction: 'each' });
        const [org] = await ds.query<{ id: string }[]>('select id from organisations where slug = $1', [slug]);
        if (!org) {
          console.error(`No organisation has the slug "${slug}" in this database. The demo one appears after \`npm start\`.`);
          return 1;
        }
        const rows = await ds.query<{ document: Record<string, unknown>; revoked: boolean }[]>(
          'select document, revoked_at is not null as revoked from issued_credentials where organisation_id = $1 order by issued_at, id',
          [org.id],
        );
        if (json) console.log(JSON.stringify(rows.map((r) => r.document), null, 2));
        else for (const r of rows) console.log(`${String(r.document.id)}  ${String(r.document.name)}${r.revoked ? '  (revoked)' : ''}`);
        return 0;
      }
    );
  },
};
