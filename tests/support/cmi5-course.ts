// The sample cmi5 course of api/test-data (two AUs: "Laying the membrane", "Check your knowledge" with a mastery
// score), zipped as an authoring tool would publish it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

export const SAMPLE = join(import.meta.dirname, '..', '..', 'api', 'test-data', 'cmi5', 'sample-course');
export const LAYING = 'https://w3id.org/fit/test-courses/airtight-membranes/aus/laying';

export function sampleZip(): Buffer {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(SAMPLE, path)] = new Uint8Array(readFileSync(path));
    }
  };
  walk(SAMPLE);
  return Buffer.from(zipSync(files));
}

