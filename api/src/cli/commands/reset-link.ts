// Prints a single-use password reset link (30 minutes) for an account, for an operator whose FIT sends no e-mail.
import { isPlausibleEmail, normaliseEmail } from '@fit/shared';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { loadConfig } from '../../config/config.js';
import { issuePasswordReset } from '../../features/identity/password-resets.service.js';

export const resetLinkCommand: CliCommand = {
  name: 'reset-link',
  usage: 'reset-link --email <address>',
  summary: 'a single-use password reset link (30 minutes) for an account',
  run: (args) => {
    const index = args.indexOf('--email');
    const email = index >= 0 ? args[index + 1] : undefined;
    if (!email || !isPlausibleEmail(email)) {
      console.error('Give the account\'s email: reset-link --email name@company.fr');
      return Promise.resolve(2);
    }
    return withDatabase(async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      const [user] = await ds.query<{ id: string }[]>('select id from users where email = $1', [normaliseEmail(email)]);
      if (!user) {
        console.error(`No account has the email ${normaliseEmail(email)} in this database.`);
        return 1;
      }
      const issued = await issuePasswordReset(ds, user.id, loadConfig().publicUrl);
      console.log(`${issued.link}  (valid until ${issued.expiresAt.toISOString()}, once; earlier links of this account stop working)`);
      return 0;
    });
  },
};
