// Imports the demo reference framework once (by code and version), through the same checks as an admin's import.
import type { EntityManager } from 'typeorm';
import { readFrameworkFile } from '../../qualifications/framework-file.js';
import { writeFramework } from '../../qualifications/framework-writer.js';
import { DEMO_FRAMEWORK } from './demo-framework.js';
import { queryExists } from '../../../common/sql.js';

export async function ensureDemoFramework(tx: EntityManager, importedBy: string | null): Promise<void> {
  const { id, version } = DEMO_FRAMEWORK.framework;
  const found = await queryExists(tx, 'select 1 from qualification_frameworks where code = $1 and version = $2', [id, version]);
  if (found) return;
  const { file, errors } = readFrameworkFile(DEMO_FRAMEWORK);
  if (!file) throw new Error(`the demo framework is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  await writeFramework(tx, importedBy, file);
}
