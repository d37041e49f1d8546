// The site pack on the tablet: versions and the roster in IndexedDB (Dexie), files in Cache Storage (see pack-download).
import Dexie, { type EntityTable } from 'dexie';
import type { ModuleContent, SealedSection, SitePackManifest, SitePackModel, SitePackWorker } from '@fit/shared';

/** What the tablet holds of the last complete download. */
export interface PackMeta {
  key: 'pack';
  etag: string;
  site: SitePackManifest['site'];
  organisation: SitePackManifest['organisation'];
  tabletId: string;
  totalBytes: number;
  /** The site's building model that BIM steps show offline (its geometry is one of the pack's files). */
  model?: SitePackModel | null;
  /** The PIN hashes, still sealed: opened with the tablet's key only when a worker signs in offline. */
  signIn?: SealedSection;
  updatedAt: string;
}

export interface PackVersion {
  id: string;
  moduleId: string;
  version: number;
  etag: string;
  content: ModuleContent;
}

export interface PackFile {
  url: string;
  sha256: string;
  bytes: number;
}

/** Wrong PINs typed offline, per worker: the lock applies on this tablet even without the server. */
export interface PinFailures {
  workerId: string;
  times: number[];
}

/** A wrong-PIN lock that happened offline, waiting to be reported so the managers hear of it. */
export interface OfflineLockout {
  id?: number;
  workerId: string;
  lockedAt: number;
}

export type PackDb = Dexie & {
  meta: EntityTable<PackMeta, 'key'>;
  versions: EntityTable<PackVersion, 'id'>;
  workers: EntityTable<SitePackWorker, 'id'>;
  files: EntityTable<PackFile, 'url'>;
  pinFailures: EntityTable<PinFailures, 'workerId'>;
  lockouts: EntityTable<OfflineLockout, 'id'>;
};

export function openPackDb(name = 'fit-site-pack'): PackDb {
  const db = new Dexie(name) as PackDb;
  db.version(1).stores({ meta: 'key', versions: 'id', workers: 'id', files: 'url', pinFailures: 'workerId' });
  db.version(2).stores({ lockouts: '++id' });
  return db;
}

let shared: PackDb | undefined;

export function appPackDb(): PackDb {
  shared ??= openPackDb();
  return shared;
}

/** Cache Storage name of the pack's files; the service worker answers `/media/*` from the same cache. */
export const PACK_CACHE = 'fit-site-pack';

/** Forgets the whole pack (the tablet stops being a site tablet): nothing of the roster may stay behind. */
export async function clearPack(db: PackDb): Promise<void> {
  await Promise.all([db.meta.clear(), db.versions.clear(), db.workers.clear(), db.files.clear(), db.pinFailures.clear(), db.lockouts.clear()]);
  // The tablet's key goes with its pairing: a new pairing makes a new key.
  await (await import('./tablet-key')).forgetTabletKey();
  if (typeof caches !== 'undefined') await caches.delete(PACK_CACHE);
}
