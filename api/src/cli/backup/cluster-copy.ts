// The embedded cluster copied while it runs, for when no pg_dump of its version is at hand (the embedded
// distribution ships the server, not the client tools). PostgreSQL's own online backup: a temporary replication slot
// keeps every WAL segment from the start on, pg_backup_start/pg_backup_stop bracket the copy of the files, and the
// WAL written meanwhile plus the backup label go with them. At restore, the same PostgreSQL version replays that WAL
// and the cluster is exactly as it was when the backup ended — what pg_basebackup does, without the tool.
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { ArchiveWriter } from './archive-format.js';

export const CLUSTER_PREFIX = 'cluster/';

/** Left out, as pg_basebackup leaves them out: runtime state the server makes anew, and the WAL (copied after). */
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'pg_internal.init', 'backup_label', 'tablespace_map', 'current_logfiles']);
const EMPTY_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);

export async function copyClusterOnline(superuserUrl: string, clusterDir: string, writer: ArchiveWriter): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    // Temporary: dropped with this session whatever happens.
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [`fit_backup_${randomBytes(4).toString('hex')}`]);
    await client.query('select pg_backup_start($1, true)', ['fit backup']);
    let stopped = false;
    try {
      await copyTree(clusterDir, '', writer);
      const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>('select labelfile, spcmapfile from pg_backup_stop(false)');
      stopped = true;
      await writer.addBytes(`${CLUSTER_PREFIX}backup_label`, Buffer.from(rows[0]!.labelfile, 'utf8'));
      if (rows[0]!.spcmapfile) await writer.addBytes(`${CLUSTER_PREFIX}tablespace_map`, Buffer.from(rows[0]!.spcmapfile, 'utf8'));
      // Every segment the slot kept: from the backup's start to past its end (pg_backup_stop switched to a new one).
      for (const name of (await readdir(join(clusterDir, 'pg_wal'))).sort()) {
        if (/^[0-9A-F]{24}$/.test(name) || /^[0-9A-F]{8}\.history$/.test(name)) {
          await writer.addFile(`${CLUSTER_PREFIX}pg_wal/${name}`, join(clusterDir, 'pg_wal', name), { pad: true });
        }
      }
    } finally {
      if (!stopped) await client.query<{ pg_backup_stop: string }>('select pg_backup_stop(false)').catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

async function copyTree(root: string, rel: string, writer: ArchiveWriter): Promise<void> {
  const entries = await readdir(join(root, rel), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    // A folder dropped meanwhile (a database dropped): the WAL replay removes it too.
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const entry of entries) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      await writer.addDirectory(`${CLUSTER_PREFIX}${path}`);
      if (EMPTY_DIRS.has(path)) {
        if (path === 'pg_wal') await writer.addDirectory(`${CLUSTER_PREFIX}pg_wal/archive_status`);
        continue;
      }
      await copyTree(root, path, writer);
    } else if (entry.isFile() && !SKIP_FILES.has(entry.name)) {
      try {
        await writer.addFile(`${CLUSTER_PREFIX}${path}`, join(root, path), { pad: true });
      } catch (error) {
        // Removed meanwhile (a table dropped, a temporary file): the WAL replay accounts for it.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }
}
