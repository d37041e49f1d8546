// After `vite build`: lists the 3D viewer's engine files for the site pack (viewer-engine.json), and writes a brotli
// and a gzip copy next to every text asset, so the server sends them compressed without compressing at each request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { VIEWER_ENGINE_FILES, VIEWER_ENGINE_LIST } from '../build/viewer-engine.js';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
// Text, and WebAssembly (which compresses to a third); pictures and fonts are compressed already.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|wasm|map)$/;
// Below this, the headers cost more than the bytes saved.
const MIN_BYTES = 1024;

const files = walk(dist).map((f) => relative(dist, f).split('\\').join('/'));
const engine = files.map((f) => `/${f}`).filter((f) => VIEWER_ENGINE_FILES.test(f));
if (!engine.some((f) => f.endsWith('.wasm'))) throw new Error('after-build: the viewer engine files were not found in web/dist/assets');
writeFileSync(join(dist, VIEWER_ENGINE_LIST), JSON.stringify({ files: engine }) + '\n');

let raw = 0;
let br = 0;
for (const file of files) {
  if (!COMPRESSIBLE.test(file)) continue;
  const path = join(dist, file);
  const bytes = readFileSync(path);
  if (bytes.length < MIN_BYTES) continue;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  const gzip = gzipSync(bytes, { level: 9 });
  // A variant that saves nothing is not worth a second file.
  if (brotli.length < bytes.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < bytes.length) writeFileSync(`${path}.gz`, gzip);
  raw += bytes.length;
  br += brotli.length;
}
console.log(`after-build: ${engine.length} viewer engine files listed; text assets ${kb(raw)} → ${kb(br)} with brotli`);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(br|gz)$/.test(name) ? [] : [path];
  });
}

function kb(n) {
  return `${Math.round(n / 1024)} KiB`;
}
