// Runs the element index of a file in a worker thread when the code runs compiled (the API), in-process otherwise
// (tests run the TypeScript sources, which a worker thread cannot load).
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { IfcFileError, type IfcFileErrorCode } from './ifc-file-check.js';
import { indexIfc, type IfcIndex } from './ifc-index.js';

type WorkerReply =
  | { ok: true; index: IfcIndex }
  | { ok: false; fileError?: { code: IfcFileErrorCode; message: string }; code?: string; message?: string };

const workerUrl = new URL('./ifc-index.worker.js', import.meta.url);
const compiled = import.meta.url.endsWith('.js');

export async function indexIfcFile(path: string): Promise<IfcIndex> {
  if (!compiled) {
    const bytes = await readFile(path);
    return indexIfc(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  const reply = await new Promise<WorkerReply>((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { path } });
    worker.once('message', (message: WorkerReply) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the IFC index worker stopped (exit code ${code})`)));
  });
  if (reply.ok) return reply.index;
  if (reply.fileError) throw new IfcFileError(reply.fileError.code, reply.fileError.message);
  throw Object.assign(new Error(reply.message ?? 'the IFC index worker failed'), { code: reply.code });
}
