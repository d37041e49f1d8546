// The load run's own PostgreSQL: a throwaway embedded cluster (the product's own starter), restarted with
// `pg_ctl restart -m fast` during the run. Never the machine's shared PostgreSQL.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import pino from 'pino';

export async function startCluster(root) {
  const { startEmbeddedPostgres } = await import(pathToFileURL(join(root, 'api/dist/database/embedded-postgres.js')).href);
  const dataDir = mkdtempSync(join(tmpdir(), 'fit-load-pg-'));
  chmodSync(dataDir, 0o755);
  const embedded = await startEmbeddedPostgres(dataDir, pino({ level: 'silent' }));
  const clusterDir = join(dataDir, 'pg');
  const { pg_ctl: pgCtl } = await import(`@embedded-postgres/${process.platform}-${process.arch}`);
  const ctl = (...args) => {
    const command = [pgCtl, '-D', clusterDir, ...args];
    // As root, PostgreSQL runs as the `postgres` user (see the embedded starter).
    if (userInfo().uid === 0) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', command.join(' ')], { stdio: 'ignore' });
    else execFileSync(command[0], command.slice(1), { stdio: 'ignore' });
  };
  // The API connects as its own least-privileged role; the owner creates databases and migrates them.
  const urlOf = (database, base = embedded.url) => Object.assign(new URL(base), { pathname: `/${database}` }).toString();
  return {
    port: embedded.port,
    /** A new database: `url` for FIT's own role, `ownerUrl` for migrations and the bench's own counts. */
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: urlOf('postgres', embedded.ownerUrl) });
      await client.connect();
      await client.query(`create database ${name}`);
      await client.end();
      return { url: urlOf(name), ownerUrl: urlOf(name, embedded.ownerUrl) };
    },
    restart: () => ctl('restart', '-m', 'fast', '-w', '-t', '60'),
    // Never throws: a failed stop must not hide the error that ended the run.
    stop() {
      try {
        ctl('stop', '-m', 'fast', '-w', '-t', '60');
      } catch (error) {
        process.stderr.write(`load cluster: fast stop failed (${error.message.split('\n')[0]}), stopping immediately\n`);
        try {
          ctl('stop', '-m', 'immediate', '-w');
        } catch {
          // already stopped
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
