// Child process for the IFC benchmark: indexes (or bare-parses) one file once and prints its peak RSS in MB,
// so the figure is the parse's own and not the benchmark runner's.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [root, file, mode] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const before = process.resourceUsage().maxRSS;
if (mode === 'bare') {
  const { bareParse, newIfcApi } = await import(pathToFileURL(join(root, 'bench/support/ifc-bare-parse.mjs')).href);
  bareParse(await newIfcApi(), bytes);
} else {
  const { indexIfc } = await import(pathToFileURL(join(root, 'api/dist/features/bim/ifc-index.js')).href);
  await indexIfc(bytes);
}
const peak = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ peakRssMb: Math.round(peak / 1024), beforeRssMb: Math.round(before / 1024) }));
