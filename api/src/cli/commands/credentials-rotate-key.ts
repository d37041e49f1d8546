// Retires an organisation's credential signing key and makes a new one; what the old key signed keeps verifying,
// as the issuer profile goes on publishing it. Works while FIT runs.
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { loadConfig } from '../../config/config.js';
import { CredentialKeysService } from '../../features/credentials/credential-keys.service.js';
import { loadCredentialsKey } from '../../features/credentials/credentials-key.js';

export const credentialsRotateKeyCommand: CliCommand = {
  name: 'credentials-rotate-key',
  usage: 'credentials-rotate-key --org <slug>',
  summary: "rotate an organisation's credential signing key",
  run: (args) => {
    const index = args.indexOf('--org');
    const slug = index >= 0 ? args[index + 1] : undefined;
    if (!slug) {
      console.error('Name the organisation: credentials-rotate-key --org <slug>.');
      return Promise.resolve(2);
    }
    const config = loadConfig();
    return withDatabase(
      async (ds) => {
        await ds.runMigrations({ transaction: 'each' });
        const [org] = await ds.query<{ id: string; slug: string; name: string }[]>('select id, slug, name from organisations where slug = $1', [slug]);
        if (!org) {
          console.error(`No organisation has the slug "${slug}" in this database.`);
          return 1;
        }
        const keyId = await new CredentialKeysService(ds, config, loadCredentialsKey(config)).rotate(org);
        console.log(JSON.stringify({ organisation: slug, keyId, verificationMethod: `${config.publicUrl}/issuers/${encodeURIComponent(slug)}#${keyId}` }));
        return 0;
      }
    );
  },
};
