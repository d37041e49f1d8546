// Model downloads for the viewer: the compact geometry is kept in Cache Storage by its URL (a version's file never
// changes), so a tablet that showed a model once shows it again offline. The raw IFC is not kept: it can be huge.
export const GEOMETRY_CACHE = 'fit-bim-geometry-v1';

export interface ModelFetchOptions {
  token: string | null;
  signal?: AbortSignal;
  cache?: boolean;
}

export async function fetchModelBytes(url: string, { token, signal, cache = false }: ModelFetchOptions): Promise<Uint8Array> {
  const useCache = cache && 'caches' in globalThis;
  // The site pack keeps the geometry in its own cache under the same URL: any cache holding it will do.
  const cached = useCache ? await caches.match(url).catch(() => undefined) : undefined;
  if (cached) return new Uint8Array(await cached.arrayBuffer());
  const store = useCache ? await caches.open(GEOMETRY_CACHE).catch(() => undefined) : undefined;
  // The app shell answers requests that accept HTML: ask for the file itself.
  const headers: Record<string, string> = { accept: 'application/octet-stream' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { headers, signal });
  if (!res.ok) throw new Error(`model download: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  // Stored without the token's header: Cache Storage keys by URL, and the URL names one immutable version.
  await store?.put(url, new Response(bytes as BlobPart, { headers: { 'content-type': res.headers.get('content-type') ?? 'application/octet-stream' } })).catch(() => undefined);
  return bytes;
}

let webgl: boolean | undefined;

/** Whether this browser can draw 3D at all (an old tablet, or WebGL turned off): checked once, cheaply. */
export function hasWebGL(): boolean {
  if (webgl === undefined) {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      webgl = Boolean(gl);
      // Browsers allow few live contexts: give this probe's back at once.
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      webgl = false;
    }
  }
  return webgl;
}
