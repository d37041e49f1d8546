// Removing media for good (erasure of a person, end of retention): rows inside the caller's transaction, then the
// bytes and their renditions once it committed. A file left by a crash in between is unreachable (no row names it).
import type { EntityManager } from 'typeorm';
import type { MediaStorage } from './media-storage.js';
import { renditionKey, type RenditionName } from './image-renditions.js';

export interface RemovedMedia {
  ids: string[];
  /** Deletes the files; call after the transaction committed. */
  deleteFiles(): Promise<void>;
}

export async function removeMediaRows(tx: EntityManager, storage: MediaStorage, ids: string[]): Promise<RemovedMedia> {
  if (ids.length === 0) return { ids, deleteFiles: async () => {} };
  const rows = await tx.query<{ id: string; renditions: Record<string, unknown> }[]>(
    'select id, renditions from media_assets where id = any($1::uuid[]) for update',
    [ids],
  );
  await tx.query('delete from evidence_uploads where media_id = any($1::uuid[])', [ids]);
  await tx.query('delete from media_assets where id = any($1::uuid[])', [ids]);
  return {
    ids: rows.map((r) => r.id),
    async deleteFiles() {
      for (const row of rows) {
        await storage.delete(row.id);
        for (const name of Object.keys(row.renditions ?? {})) await storage.delete(renditionKey(row.id, name as RenditionName));
      }
    },
  };
}
