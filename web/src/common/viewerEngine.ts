// The 3D viewer's engine is not in the app's install-time precache (vite.config.ts): a tablet fetches it with its site
// pack when the pack's modules have BIM steps, into the cache the service worker answers those files from, so a BIM
// step draws offline on a tablet that never opened the viewer online.
import type { ModuleContent } from '@fit/shared';
import { VIEWER_ENGINE_CACHE, VIEWER_ENGINE_LIST } from '../../build/viewer-engine.js';

export function hasBimStep(contents: ModuleContent[]): boolean {
  return contents.some((c) => c.steps.some((s) => s.kind === 'bim'));
}

/** Puts the engine's files (as this build names them) into their cache; those already held are not fetched again. */
export async function fetchViewerEngine(fetchImpl: typeof fetch = fetch, cacheStorage: CacheStorage = caches): Promise<void> {
  const res = await fetchImpl(VIEWER_ENGINE_LIST, { cache: 'no-store' });
  if (!res.ok) throw new Error(`viewer engine list: ${res.status}`);
  const { files } = (await res.json()) as { files: string[] };
  const cache = await cacheStorage.open(VIEWER_ENGINE_CACHE);
  for (const url of files) {
    if (await cache.match(url)) continue;
    const file = await fetchImpl(url);
    if (!file.ok) throw new Error(`viewer engine ${url}: ${file.status}`);
    await cache.put(url, file);
  }
}
