// Gzipped JavaScript that the PWA's first load fetches: the entry script and every chunk it preloads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export async function run({ root }) {
  const dist = join(root, 'web', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(sources)];
  if (files.length === 0) throw new Error('no script found in web/dist/index.html');
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f.replace(/^\//, '')))).length, 0);
  return { pwa_initial_js_gzip_kb: Math.round((bytes / 1024) * 10) / 10 };
}
