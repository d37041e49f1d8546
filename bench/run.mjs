// `npm run bench [-- --json] [-- --check] [names…]`: runs the benchmarks against one built server and prints a table of
// figures. --json also writes bench/results.json as a flat { "<metric>": number } object. --check runs the quick
// benchmarks named in bench/budgets.json (unless names are given), prints every figure against its budget and exits
// non-zero when one is past its budget by more than the margin (a noisy shared machine must not fail CI, a real
// regression must).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startBenchServer } from './support/server.mjs';
import { checkBudgets, derivedFigures, formatCheck } from './support/budgets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const writeJson = process.argv.includes('--json');
const check = process.argv.includes('--check');
const budgets = JSON.parse(readFileSync(join(here, 'budgets.json'), 'utf8'));
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const only = named.length ? named : check ? budgets.quick : [];

// The load run (benchmarks/load*.mjs) brings its own database and servers and takes minutes: only when named.
const isLoad = (f) => f.startsWith('load');
const files = readdirSync(join(here, 'benchmarks'))
  .filter((f) => f.endsWith('.mjs') && (only.length === 0 ? !isLoad(f) : only.some((o) => f.replace(/\.mjs$/, '') === o || (named.length && f.includes(o)))))
  .sort();
const started = performance.now();
const server = files.some((f) => !isLoad(f)) ? await startBenchServer(root) : undefined;
const results = {};
const broken = [];
try {
  for (const file of files) {
    const t = performance.now();
    process.stderr.write(`running ${file}…`);
    try {
      const bench = await import(pathToFileURL(join(here, 'benchmarks', file)).href);
      Object.assign(results, await bench.run({ root, server }));
      process.stderr.write(` ${Math.round((performance.now() - t) / 1000)} s\n`);
    } catch (error) {
      // The other benchmarks still run; a broken one fails the run at the end.
      process.stderr.write(` failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      broken.push(file);
    }
  }
} finally {
  await server?.stop();
}
Object.assign(results, derivedFigures(results, budgets));

console.log('\nmetric                               value');
for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(36)} ${value}`);
console.log(`\nbenchmarks took ${Math.round((performance.now() - started) / 1000)} s`);
if (writeJson) {
  writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`wrote ${join('bench', 'results.json')}`);
}
if (broken.length) {
  console.log(`\nbenchmarks that failed to run: ${broken.join(', ')}`);
  process.exitCode = 1;
}
if (check) {
  const verdicts = checkBudgets(results, budgets);
  console.log('\n' + formatCheck(verdicts, budgets.margin));
  const failed = verdicts.filter((v) => v.state === 'fail');
  if (failed.length) {
    console.log(`\n${failed.length} figure(s) past ${budgets.margin}× their budget: ${failed.map((v) => v.name).join(', ')}`);
    process.exitCode = 1;
  }
}
