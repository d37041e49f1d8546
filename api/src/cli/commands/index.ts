// Every command of `npm run fit`.
import type { CliCommand } from '../command.js';
import { exportBcfCommand } from './export-bcf.js';
import { ifcIndexCommand } from './ifc-index.js';
import { importFrameworkCommand } from './import-framework.js';
import { migrateCommand } from './migrate.js';
import { migrationGenerateCommand } from './migration-generate.js';
import { schemaCommand } from './schema.js';
import { seedDemoCommand } from './seed-demo.js';
import { tabletCodeCommand } from './tablet-code.js';
import { resetLinkCommand } from './reset-link.js';
import { xapiCredentialsCommand } from './xapi-credentials.js';
import { credentialsCommand } from './credentials.js';
import { credentialsRotateKeyCommand } from './credentials-rotate-key.js';
import { backupCommand } from './backup.js';
import { restoreCommand } from './restore.js';

export const COMMANDS: CliCommand[] = [
  migrateCommand,
  migrationGenerateCommand,
  schemaCommand,
  seedDemoCommand,
  xapiCredentialsCommand,
  ifcIndexCommand,
  importFrameworkCommand,
  exportBcfCommand,
  tabletCodeCommand,
  resetLinkCommand,
  credentialsCommand,
  credentialsRotateKeyCommand,
  backupCommand,
  restoreCommand,
];
