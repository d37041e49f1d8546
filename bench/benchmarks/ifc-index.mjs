// The element index of the largest fixture model against web-ifc's own bare parse of the same bytes, interleaved in
// one run (target: index ≤ 1.5 × bare parse), plus the peak memory of one index run in its own process.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bareParse, newIfcApi } from '../support/ifc-bare-parse.mjs';
import { median, round } from '../support/stats.mjs';

const RUNS = 5;
const FILE = 'Office_A_20110811.ifc';

export async function run({ root }) {
  const path = join(root, '..', 'shared', 'fixtures', 'ifc', FILE);
  if (!existsSync(path)) {
    process.stderr.write(`ifc-index: ${path} not found, skipped\n`);
    return {};
  }
  const { indexIfc } = await import(pathToFileURL(join(root, 'api/dist/features/bim/ifc-index.js')).href);
  const bytes = new Uint8Array(readFileSync(path));
  const api = await newIfcApi(); // Init (loading the WebAssembly) is excluded from both figures.
  bareParse(api, bytes);
  await indexIfc(bytes); // warm-up: the index's own web-ifc Init and JIT
  const bare = [];
  const index = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    bareParse(api, bytes);
    bare.push(performance.now() - t);
    t = performance.now();
    await indexIfc(bytes);
    index.push(performance.now() - t);
  }
  const peak = (mode) =>
    JSON.parse(execFileSync('node', [join(root, 'bench/support/ifc-peak-rss.mjs'), root, path, mode], { encoding: 'utf8' })).peakRssMb;
  const webifc = median(bare);
  const ours = median(index);
  return {
    webifc_bare_parse_ms: round(webifc),
    ifc_index_ms: round(ours),
    ifc_index_to_bare_ratio: round(ours / webifc, 100),
    ifc_index_peak_rss_mb: peak('index'),
    webifc_bare_parse_peak_rss_mb: peak('bare'),
  };
}

