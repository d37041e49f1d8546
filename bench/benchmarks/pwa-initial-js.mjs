// JavaScript that the PWA's first load fetches (the entry script and every chunk it preloads): gzipped size, and the
// bytes the server really sends for it to a browser (Accept-Encoding: br, gzip); and what the service worker
// precaches at install (the files of its precache manifest, as stored).
import { request } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export async function run({ root, server }) {
  const dist = join(root, 'web', 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const files = [...new Set(sources)];
  if (files.length === 0) throw new Error('no script found in web/dist/index.html');
  const gzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f.replace(/^\//, '')))).length, 0);
  let sentBytes = 0;
  for (const f of files) {
    const { bytes, encoding } = await wireBytes(`${server.url}${f}`);
    if (!encoding && bytes > 1024) throw new Error(`${f} was sent uncompressed`);
    sentBytes += bytes;
  }
  return {
    pwa_initial_js_gzip_kb: kb(gzipBytes),
    pwa_initial_js_sent_kb: kb(sentBytes),
    pwa_precache_kb: kb(precacheBytes(dist)),
  };
}

/** Bytes on the wire for one GET as a browser asks it (Node's http does not decompress, unlike fetch). */
function wireBytes(url) {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'br, gzip, deflate' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => (res.statusCode === 200 ? resolve({ bytes, encoding: res.headers['content-encoding'] }) : reject(new Error(`${url}: ${res.statusCode}`))));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The files listed in sw.js's precache manifest ({url:"…",revision:…}), by their size in web/dist. */
function precacheBytes(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  if (urls.length === 0) throw new Error('no precache manifest found in web/dist/sw.js');
  return urls.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0);
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
