// What of FIT_DATA_DIR a backup carries: its files (media, building models, uploads in progress) as entries, and its
// secrets sealed apart. The embedded PostgreSQL cluster travels as a dump, never as files, and its own settings
// (passwords of a cluster that a restore makes anew) stay behind.
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The secrets FIT generates into its data folder when the environment does not give them. */
export const SECRET_FILES: Record<string, string> = { 'jwt-secret': 'JWT_SECRET', 'credentials-key': 'CREDENTIALS_KEY' };

const LEFT_OUT = new Set(['pg', 'embedded-postgres.json', 'embedded-postgres.owner.json', ...Object.keys(SECRET_FILES)]);

/** Files of the data folder to copy, as paths relative to it (forward slashes), skipping `skip` (the archive itself). */
export async function dataFiles(dataDir: string, skip: string[] = []): Promise<string[]> {
  const root = resolve(dataDir);
  const skipped = new Set(skip.map((p) => resolve(p)));
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(root, path);
      if (dir === root && (LEFT_OUT.has(entry.name) || entry.name.includes('.restoring-'))) continue;
      if (skipped.has(path) || entry.name.endsWith('.partial')) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(rel.split(sep).join('/'));
    }
  };
  if (existsSync(root)) await walk(root);
  return found.sort();
}

/** The embedded cluster's passwords: they travel with a copy of the cluster (whose roles have them). */
export const CLUSTER_SETTINGS_FILE = 'embedded-postgres.json';

/** The secret files present in the data folder, by file name. */
export async function readSecretFiles(dataDir: string, options: { withClusterSettings?: boolean } = {}): Promise<Record<string, string>> {
  const secrets: Record<string, string> = {};
  for (const name of [...Object.keys(SECRET_FILES), ...(options.withClusterSettings ? [CLUSTER_SETTINGS_FILE] : [])]) {
    const path = join(resolve(dataDir), name);
    if (existsSync(path)) secrets[name] = (await readFile(path, 'utf8')).trim();
  }
  return secrets;
}

/** A relative path from an archive, refused when it would land outside the folder it is restored into. */
export function safeRelativePath(name: string, options: { cluster?: boolean } = {}): string | undefined {
  if (!name || name.startsWith('/') || name.includes('\\') || name.includes('\0')) return undefined;
  const parts = name.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  if (!options.cluster && LEFT_OUT.has(parts[0]!)) return undefined;
  return parts.join(sep);
}
