// Imports a reference framework file (schemes, qualifications, mappings) in one transaction, or says which rows are wrong.
import { readFile } from 'node:fs/promises';
import type { CliCommand } from '../command.js';
import { withDatabase } from '../database.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { FrameworkService } from '../../features/qualifications/framework.service.js';

export const importFrameworkCommand: CliCommand = {
  name: 'import-framework',
  usage: 'import-framework FILE',
  summary: 'import a reference skills framework (JSON, or CSV by extension) as a new version; all or nothing',
  run: async ([file]) => {
    if (!file) {
      console.error('Usage: npm run fit -- import-framework FILE');
      return 2;
    }
    const csv = file.toLowerCase().endsWith('.csv');
    let json: unknown;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
      json = csv ? null : JSON.parse(text);
    } catch (error) {
      console.error(`${file} is not a readable ${csv ? 'CSV' : 'JSON'} file: ${(error as Error).message}`);
      return 1;
    }
    return withDatabase(async (ds) => {
      await ds.runMigrations({ transaction: 'each' });
      try {
        const service = new FrameworkService(ds);
        const done = csv ? await service.importFrameworkCsv(null, text) : await service.importFramework(null, json);
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
