// Worker-thread entry for the geometry job: web-ifc's mesh streaming off the API's event loop; its WebAssembly
// memory goes back to the system when the worker ends.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { buildCompactGeometry, type GeometryElementFacts } from './ifc-geometry.js';

const { path, facts, storeys } = workerData as { path: string; facts: GeometryElementFacts[]; storeys: string[] };
try {
  const bytes = await readFile(path);
  const geometry = await buildCompactGeometry(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), facts, storeys);
  const out = new Uint8Array(geometry.bytes);
  parentPort!.postMessage({ ok: true, ...geometry, bytes: out }, [out.buffer]);
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message ?? String(error) });
}
