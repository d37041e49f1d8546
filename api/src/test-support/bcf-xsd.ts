// Test helper: checks each XML file of a BCF archive against buildingSMART's BCF 3.0 schemas with xmllint (Debian's
// libxml2-utils). The schemas are the shared fixtures' unmodified copies.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BCF_SCHEMAS = fileURLToPath(new URL('../../../../shared/fixtures/standards/bcf-3.0/', import.meta.url));

const SCHEMA_OF: [RegExp, string][] = [
  [/^bcf\.version$/, 'version.xsd'],
  [/^extensions\.xml$/, 'extensions.xsd'],
  [/^project\.bcfp$/, 'project.xsd'],
  [/^documents\.xml$/, 'documents.xsd'],
  [/\/markup\.bcf$/, 'markup.xsd'],
  [/\.bcfv$/, 'visinfo.xsd'],
];

/** Validates every XML entry; returns the entries checked and xmllint's complaints (empty when all are valid). */
export function validateBcfEntries(entries: Record<string, Uint8Array>): { checked: string[]; errors: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'fit-bcf-'));
  const checked: string[] = [];
  const errors: string[] = [];
  try {
    for (const [name, bytes] of Object.entries(entries)) {
      const schema = SCHEMA_OF.find(([pattern]) => pattern.test(name))?.[1];
      if (!schema) continue;
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
      checked.push(name);
      try {
        execFileSync('xmllint', ['--noout', '--schema', join(BCF_SCHEMAS, schema), path], { stdio: 'pipe' });
      } catch (error) {
        errors.push(`${name}: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { checked, errors };
}
