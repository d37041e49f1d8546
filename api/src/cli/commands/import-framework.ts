// Imports a reference framework file (schemes, qualifications, mappings) in one transaction, or says which rows are wrong.
import { readFile } from 'node:fs/promises';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { FrameworkService } from '../../features/qualifications/framework.service.js';

export const importFrameworkCommand: CliCommand = {
  name: 'import-framework',
  usage: 'import-framework FILE',
  summary: 'import a reference skills framework (JSON) as a new version; all or nothing',
  run: async ([file]) => {
    if (!file) {
      console.error('Usage: npm run fit -- import-framework FILE');
      return 2;
    }
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      console.error(`${file} is not a readable JSON file: ${(error as Error).message}`);
      return 1;
    }
    return withDatabase(async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      try {
        const done = await new FrameworkService(ds).importFramework(null, json);
        console.log(`imported ${done.code} ${done.version}: ${done.ulos} ULOs, ${done.schemes} schemes, ${done.qualifications} qualifications, ${done.mappings} mappings`);
        return 0;
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        console.error(error.message);
        for (const e of (error.details?.errors as { path: string; message: string }[] | undefined) ?? []) console.error(`  ${e.path}: ${e.message}`);
        return 1;
      }
    });
  },
};
