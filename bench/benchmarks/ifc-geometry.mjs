// The compact geometry tablets download instead of the IFC: its size against the IFC file for every fixture, the
// time to make it for the largest (a separate job after the index, so not part of ifc_index_ms), and its peak memory.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, round } from '../support/stats.mjs';

const RUNS = 3;
const DIR = ['..', 'shared', 'fixtures', 'ifc'];
const LARGEST = 'Office_A_20110811.ifc';
const FILES = ['IfcOpenHouse_IFC4.ifc', 'AC20-FZK-Haus.ifc', 'duplex.ifc', LARGEST];

export async function run({ root }) {
  const dir = join(root, ...DIR);
  if (!existsSync(join(dir, LARGEST))) {
    process.stderr.write(`ifc-geometry: ${dir} not found, skipped\n`);
    return {};
  }
  const { indexIfc } = await import(pathToFileURL(join(root, 'api/dist/features/bim/ifc-index.js')).href);
  const { buildCompactGeometry } = await import(pathToFileURL(join(root, 'api/dist/features/bim/ifc-geometry.js')).href);
  const results = {};
  for (const file of FILES) {
    const bytes = new Uint8Array(readFileSync(join(dir, file)));
    const index = await indexIfc(bytes);
    const facts = index.elements.map((e) => ({
      globalId: e.globalId,
      ifcClass: e.ifcClass,
      predefinedType: e.predefinedType,
      name: e.name,
      storey: e.storey,
      properties: e.properties,
    }));
    const storeys = index.storeys.map((s) => s.name);
    const times = [];
    let geometry;
    for (let i = 0; i < (file === LARGEST ? RUNS : 1); i++) {
      const t = performance.now();
      geometry = await buildCompactGeometry(bytes, facts, storeys);
      times.push(performance.now() - t);
    }
    const key = file.replace(/[^A-Za-z0-9]+/g, '_').replace(/_ifc$/, '').toLowerCase();
    results[`geometry_to_ifc_ratio_${key}`] = Math.round((geometry.bytes.length / bytes.length) * 1000) / 1000;
    if (file === LARGEST) {
      results.geometry_ms = round(median(times));
      results.geometry_kb = Math.round(geometry.bytes.length / 1024);
      results.geometry_triangles = geometry.triangles;
    }
  }
  const peak = JSON.parse(
    execFileSync('node', [join(root, 'bench/support/ifc-peak-rss.mjs'), root, join(dir, LARGEST), 'geometry'], { encoding: 'utf8' }),
  ).peakRssMb;
  results.geometry_peak_rss_mb = peak;
  return results;
}
