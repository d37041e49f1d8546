// Worker-thread entry for the parse job: indexes one file off the API's event loop, and lets web-ifc's WebAssembly
// memory (which only ever grows) go back to the system when the worker ends.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { IfcFileError } from './ifc-file-check.js';
import { indexIfc } from './ifc-index.js';

const { path } = workerData as { path: string };
try {
  const bytes = await readFile(path);
  const index = await indexIfc(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  parentPort!.postMessage({ ok: true, index });
} catch (error) {
  parentPort!.postMessage(
    error instanceof IfcFileError
      ? { ok: false, fileError: { code: error.code, message: error.message } }
      : { ok: false, code: (error as NodeJS.ErrnoException).code, message: (error as Error).message ?? String(error) },
  );
}
