// The site pack as a scanned label needs it: the site, the module versions and the elements of the pack's model,
// read from IndexedDB and the geometry file kept in Cache Storage (no network).
import { decodeCompactGeometry } from '@fit/shared';
import { appPackDb, PACK_CACHE } from '../site-pack';
import type { PackView } from './resolveLabel';

async function gunzip(bytes: ArrayBuffer): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Null when this tablet holds no pack yet. */
export async function readPackView(): Promise<PackView | null> {
  const db = appPackDb();
  const meta = await db.meta.get('pack');
  if (!meta) return null;
  const versions = await db.versions.toArray();
  let elements: PackView['elements'] = null;
  if (meta.model && typeof caches !== 'undefined') {
    const cached = await (await caches.open(PACK_CACHE)).match(meta.model.geometry.url);
    if (cached) {
      const { header } = decodeCompactGeometry(await gunzip(await cached.arrayBuffer()));
      elements = new Map(header.elements.map((e) => [e.g, { name: e.n, storey: e.s, ifcClass: e.c }]));
    }
  }
  return { siteId: meta.site.id, versions, elements };
}
