// The shared IFC fixture models (never copied into the repo) and the independent counts from their SOURCES.md.
import { fileURLToPath } from 'node:url';

export const IFC_FIXTURE_DIR = fileURLToPath(new URL('../../../../shared/fixtures/ifc/', import.meta.url));

export interface FixtureCounts {
  file: string;
  schema: string;
  walls: number;
  windows: number;
  doors: number;
  slabs: number;
  roofs: number;
  coverings: number;
  spaces: number;
  storeys: number;
}

/** From SOURCES.md (counted with grep on `#n= IFCXXX(` lines, independently of web-ifc). */
export const IFC_FIXTURES: FixtureCounts[] = [
  { file: 'AC20-FZK-Haus.ifc', schema: 'IFC4', walls: 13, windows: 11, doors: 5, slabs: 4, roofs: 0, coverings: 0, spaces: 7, storeys: 2 },
  { file: 'duplex.ifc', schema: 'IFC2X3', walls: 57, windows: 24, doors: 14, slabs: 21, roofs: 1, coverings: 13, spaces: 21, storeys: 4 },
  { file: 'Office_A_20110811.ifc', schema: 'IFC2X3', walls: 487, windows: 69, doors: 102, slabs: 2, roofs: 0, coverings: 83, spaces: 99, storeys: 3 },
  { file: 'IfcOpenHouse_IFC4.ifc', schema: 'IFC4', walls: 4, windows: 5, doors: 1, slabs: 2, roofs: 1, coverings: 0, spaces: 0, storeys: 1 },
];

export const fixturePath = (file: string) => `${IFC_FIXTURE_DIR}${file}`;
