// `npm run bench [-- --json]`: runs every benchmark against one built server and prints a table of figures;
// with --json also writes bench/results.json as a flat { "<metric>": number } object.
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startBenchServer } from './support/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const writeJson = process.argv.includes('--json');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

// The load run (benchmarks/load*.mjs) brings its own database and servers and takes minutes: only when named.
const isLoad = (f) => f.startsWith('load');
const files = readdirSync(join(here, 'benchmarks'))
  .filter((f) => f.endsWith('.mjs') && (only.length === 0 ? !isLoad(f) : only.some((o) => f.includes(o))))
  .sort();
const server = files.some((f) => !isLoad(f)) ? await startBenchServer(root) : undefined;
const results = {};
try {
  for (const file of files) {
    process.stderr.write(`running ${file}…\n`);
    const bench = await import(pathToFileURL(join(here, 'benchmarks', file)).href);
    Object.assign(results, await bench.run({ root, server }));
  }
} finally {
  await server?.stop();
}

console.log('\nmetric                               value');
for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(36)} ${value}`);
if (writeJson) {
  writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote ${join('bench', 'results.json')}`);
}
