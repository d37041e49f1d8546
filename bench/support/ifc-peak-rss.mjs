// Child process for the IFC benchmarks: indexes (or bare-parses, or makes the compact geometry of) one file once and prints its peak RSS in MB,
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
} else if (mode === 'geometry') {
  // The geometry job's work: it needs the index's facts, so the index runs first in the same process (the peak
  // covers both, an upper bound for the job, which runs in its own worker after the index's has ended).
  const { indexIfc } = await import(pathToFileURL(join(root, 'api/dist/features/bim/ifc-index.js')).href);
  const { buildCompactGeometry } = await import(pathToFileURL(join(root, 'api/dist/features/bim/ifc-geometry.js')).href);
  const index = await indexIfc(bytes);
  const facts = index.elements.map((e) => ({ globalId: e.globalId, ifcClass: e.ifcClass, predefinedType: e.predefinedType, name: e.name, storey: e.storey, properties: e.properties }));
  await buildCompactGeometry(bytes, facts, index.storeys.map((s) => s.name));
} else {
  const { indexIfc } = await import(pathToFileURL(join(root, 'api/dist/features/bim/ifc-index.js')).href);
  await indexIfc(bytes);
}
const peak = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ peakRssMb: Math.round(peak / 1024), beforeRssMb: Math.round(before / 1024) }));
