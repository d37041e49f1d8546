// Downloads the site pack: asks the size first, checks the storage quota, then fetches only what changed, resumably.
import type { ModuleContent, SitePackFile, SitePackManifest, SitePackVersion } from '@fit/shared';
import { hasBimStep } from '../../common/viewerEngine';
import { sha256Hex } from '../../common/sha256';
import { PACK_CACHE, type PackDb, type PackMeta } from './pack-db';
import { PackError } from './pack-error';

export { PackError };

export interface PackPlan {
  manifest: SitePackManifest;
  versions: SitePackVersion[];
  files: SitePackFile[];
  /** Bytes still to fetch: the size estimate shown before the download starts. */
  bytes: number;
  upToDate: boolean;
}

export type PackCheck = { status: 'upToDate'; meta: PackMeta } | { status: 'changes'; plan: PackPlan };

export interface PackDeps {
  db: PackDb;
  deviceToken: string;
  fetchImpl?: typeof fetch;
  cacheStorage?: CacheStorage;
  storage?: Pick<StorageManager, 'estimate' | 'persist'>;
  /** Fetches the 3D viewer's engine for offline use (viewerEngine.ts); called when the pack's modules have BIM steps. */
  viewerEngine?: () => Promise<void>;
  /** Makes and registers the tablet's key pair when it has none yet (see tablet-key.ts). */
  ensureKey?: () => Promise<void>;
}

async function get(deps: PackDeps, url: string, headers: Record<string, string> = {}): Promise<Response> {
  let res: Response;
  try {
    res = await (deps.fetchImpl ?? fetch)(url, { headers: { accept: 'application/json, */*;q=0.1', 'x-device-token': deps.deviceToken, ...headers }, cache: 'no-store' });
  } catch {
    throw new PackError('offline');
  }
  if (res.status === 401) throw new PackError('notEnrolled');
  // A tablet enrolled before packs were sealed, or one whose key this browser lost: it must be enrolled again.
  if (res.status === 409) throw new PackError('reenrol');
  if (!res.ok && res.status !== 304) throw new PackError('server');
  return res;
}

/** Asks the server what changed since the pack held here; 304 on the manifest means the pack is up to date. */
export async function checkPack(deps: PackDeps): Promise<PackCheck> {
  await deps.ensureKey?.();
  const meta = await deps.db.meta.get('pack');
  const res = await get(deps, '/site-pack', meta ? { 'if-none-match': `"${meta.etag}"` } : {});
  if (res.status === 304 && meta) return { status: 'upToDate', meta };
  const manifest = (await res.json()) as SitePackManifest;
  const plan = await planPack(deps.db, manifest);
  // Same items, only a new answer (a roster change): nothing to fetch but the manifest itself, applied at once.
  if (plan.upToDate) return { status: 'upToDate', meta: await finishPack(deps, manifest) };
  return { status: 'changes', plan };
}

/** The items of the manifest the tablet does not hold yet (or holds in another version). */
export async function planPack(db: PackDb, manifest: SitePackManifest): Promise<PackPlan> {
  const heldVersions = new Map((await db.versions.toArray()).map((v) => [v.id, v.etag]));
  const heldFiles = new Map((await db.files.toArray()).map((f) => [f.url, f.sha256]));
  const versions = manifest.versions.filter((v) => heldVersions.get(v.id) !== v.etag);
  const files = manifest.files.filter((f) => heldFiles.get(f.url) !== f.sha256);
  const meta = await db.meta.get('pack');
  const bytes = versions.reduce((n, v) => n + v.bytes, 0) + files.reduce((n, f) => n + f.bytes, 0);
  return { manifest, versions, files, bytes, upToDate: !versions.length && !files.length && meta?.etag === manifest.etag };
}

/** Refuses to start when the browser's quota cannot hold what is left to fetch (with a 10% margin). */
export async function assertRoom(storage: PackDeps['storage'], needed: number): Promise<void> {
  const estimate = await storage?.estimate?.().catch(() => undefined);
  if (!estimate?.quota) return;
  const available = estimate.quota - (estimate.usage ?? 0);
  if (available < needed * 1.1) throw new PackError('quota', { needed, available });
}

export interface Progress {
  done: number;
  total: number;
}

/**
 * Fetches the plan's items one by one and keeps each as soon as it is checked, so a cut download resumes where it
 * stopped (the next plan skips what is held). The pack's etag is written last: until then the tablet knows it is not
 * up to date, while the items already held stay usable.
 */
export async function downloadPack(deps: PackDeps, plan: PackPlan, onProgress: (p: Progress) => void): Promise<PackMeta> {
  const storage = deps.storage ?? (typeof navigator !== 'undefined' ? navigator.storage : undefined);
  await assertRoom(storage, plan.bytes);
  // Asked once; the browser may refuse (then the pack may be evicted under storage pressure, and is fetched again).
  await storage?.persist?.().catch(() => false);
  let done = 0;
  const report = () => onProgress({ done, total: plan.bytes });
  report();
  for (const version of plan.versions) {
    const res = await get(deps, version.url);
    const body = (await res.json()) as { id: string; content: ModuleContent };
    await deps.db.versions.put({ id: version.id, moduleId: version.moduleId, version: version.version, etag: version.etag, content: body.content });
    done += version.bytes;
    report();
  }
  const cache = await (deps.cacheStorage ?? caches).open(PACK_CACHE);
  for (const file of plan.files) {
    const res = await get(deps, file.fetchUrl ?? file.url);
    const bytes = await readAll(res, (n) => {
      done += n;
      report();
    });
    if ((await sha256Hex(bytes)) !== file.sha256) throw new PackError('corrupt');
    await cache.put(
      file.url,
      new Response(bytes, { headers: { 'content-type': file.contentType, 'content-length': String(bytes.byteLength), etag: `"${file.sha256}"` } }),
    );
    await deps.db.files.put({ url: file.url, sha256: file.sha256, bytes: file.bytes });
  }
  return finishPack(deps, plan.manifest);
}


/**
 * Fetches the viewer's engine if the site has a model and a module of the pack has a BIM step (again after an app
 * update, whose engine files have new names), writes the roster, drops what the pack no longer holds, and records the
 * pack as complete.
 */
async function finishPack(deps: PackDeps, manifest: SitePackManifest): Promise<PackMeta> {
  const { db } = deps;
  if (manifest.model && deps.viewerEngine) {
    const ids = new Set(manifest.versions.map((v) => v.id));
    const held = (await db.versions.toArray()).filter((v) => ids.has(v.id));
    if (hasBimStep(held.map((v) => v.content))) await deps.viewerEngine().catch(() => Promise.reject(new PackError('server')));
  }
  const keepVersions = new Set(manifest.versions.map((v) => v.id));
  const keepFiles = new Set(manifest.files.map((f) => f.url));
  const staleFiles = (await db.files.toArray()).filter((f) => !keepFiles.has(f.url)).map((f) => f.url);
  const cacheStorage = deps.cacheStorage ?? (typeof caches !== 'undefined' ? caches : undefined);
  if (staleFiles.length && cacheStorage) {
    const cache = await cacheStorage.open(PACK_CACHE);
    await Promise.all(staleFiles.map((url) => cache.delete(url)));
  }
  const meta: PackMeta = {
    key: 'pack',
    etag: manifest.etag,
    site: manifest.site,
    organisation: manifest.organisation,
    tabletId: manifest.tabletId,
    totalBytes: manifest.totalBytes,
    model: manifest.model ?? null,
    signIn: manifest.signIn,
    updatedAt: new Date().toISOString(),
  };
  await db.transaction('rw', [db.meta, db.versions, db.workers, db.files], async () => {
    await db.files.bulkDelete(staleFiles);
    await db.versions.where('id').noneOf([...keepVersions]).delete();
    await db.workers.clear();
    await db.workers.bulkPut(manifest.roster);
    await db.meta.put(meta);
  });
  return meta;
}

async function readAll(res: Response, onChunk: (bytes: number) => void): Promise<Uint8Array<ArrayBuffer>> {
  if (!res.body) {
    const buffer = new Uint8Array(await res.arrayBuffer());
    onChunk(buffer.byteLength);
    return buffer;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.byteLength;
    onChunk(value.byteLength);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
