// `ifc-index FILE [--json]`: indexes an IFC file and prints its summary; needs no database.
import { readFile } from 'node:fs/promises';
import type { CliCommand } from '../command.js';
import { IfcFileError } from '../../features/bim/ifc-file-check.js';
import { indexIfc } from '../../features/bim/ifc-index.js';

export const ifcIndexCommand: CliCommand = {
  name: 'ifc-index',
  usage: 'ifc-index <file.ifc> [--json]',
  summary: "print an IFC file's element summary (schema, elements by class, storeys)",
  async run(args) {
    const json = args.includes('--json');
    const file = args.find((a) => !a.startsWith('--'));
    if (!file) {
      console.error('Give the IFC file to index, e.g. npm run fit -- ifc-index model.ifc --json');
      return 2;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      console.error(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return 1;
    }
    try {
      const index = await indexIfc(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      const byClass = Object.fromEntries(Object.entries(index.byClass).sort(([a], [b]) => a.localeCompare(b)));
      if (json) {
        console.log(JSON.stringify({ schema: index.schema, elements: index.elements.length, byClass, storeys: index.storeys.length }));
        return 0;
      }
      console.log(`${file}\nschema    ${index.schema}\nelements  ${index.elements.length}\n\nclass                          elements`);
      for (const [name, n] of Object.entries(byClass)) console.log(`${name.padEnd(30)} ${String(n).padStart(8)}`);
      console.log(`\nstoreys (${index.storeys.length})                    elevation  elements`);
      for (const s of index.storeys) {
        console.log(`${s.name.padEnd(30)} ${String(s.elevation ?? '—').padStart(9)} ${String(s.elements).padStart(9)}`);
      }
      for (const warning of index.warnings) console.log(`warning: ${warning}`);
      return 0;
    } catch (error) {
      if (error instanceof IfcFileError) {
        console.error(`${file}: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};
