// Builds a model's compact geometry in a worker thread when the code runs compiled (the API), in-process otherwise
// (tests run the TypeScript sources, which a worker thread cannot load).
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { buildCompactGeometry, type CompactGeometry, type GeometryElementFacts } from './ifc-geometry.js';

type WorkerReply = ({ ok: true; bytes: Uint8Array } & Omit<CompactGeometry, 'bytes'>) | { ok: false; message: string };

const workerUrl = new URL('./ifc-geometry.worker.js', import.meta.url);
const compiled = import.meta.url.endsWith('.js');

export async function geometryOfIfcFile(path: string, facts: GeometryElementFacts[], storeys: string[]): Promise<CompactGeometry> {
  if (!compiled) {
    const bytes = await readFile(path);
    return buildCompactGeometry(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), facts, storeys);
  }
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { path, facts, storeys } });
    worker.once('message', (message: WorkerReply) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the IFC geometry worker stopped (exit code ${code})`)));
  });
  if (!reply.ok) throw new Error(reply.message);
  return { ...reply, bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength) };
}
