// Creates an xAPI key/secret pair for one organisation and prints it as JSON.
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { OrganisationEntity } from '../../features/identity/organisation.entity.js';
import { XapiCredentialsService } from '../../features/learning-records/xapi-credentials.service.js';
import { XapiCredentialEntity } from '../../features/learning-records/xapi-credential.entity.js';

export const xapiCredentialsCommand: CliCommand = {
  name: 'xapi-credentials',
  usage: 'xapi-credentials --org <slug> [--label <text>]',
  summary: 'create xAPI client credentials for an organisation',
  run: (args) => {
    const slug = valueOf(args, '--org');
    if (!slug) {
      console.error('Name the organisation: xapi-credentials --org <slug> (the demo organisation is "demo").');
      return Promise.resolve(2);
    }
    return withDatabase(async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      const organisation = await ds.getRepository(OrganisationEntity).findOneBy({ slug });
      if (!organisation) {
        console.error(`No organisation has the slug "${slug}" in this database. The demo one appears after \`npm start\` (or \`npm run fit -- seed-demo\`).`);
        return 1;
      }
      const service = new XapiCredentialsService(ds.getRepository(XapiCredentialEntity));
      const pair = await service.issue(organisation.id, valueOf(args, '--label') ?? 'command line');
      console.log(JSON.stringify(pair));
      return 0;
    });
  },
};

function valueOf(args: string[], flag: string): string | undefined {
  const index = args.indexOf(flag);
  return index >= 0 ? args[index + 1] : undefined;
}
