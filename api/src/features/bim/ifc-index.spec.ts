import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fixturePath, IFC_FIXTURES } from '../../test-support/ifc-fixtures.js';
import { IfcFileError } from './ifc-file-check.js';
import { indexIfc, type IfcIndex } from './ifc-index.js';

const read = (file: string) => new Uint8Array(readFileSync(fixturePath(file)));
const count = (index: IfcIndex, ...classes: string[]) => classes.reduce((n, c) => n + (index.byClass[c] ?? 0), 0);

describe(indexIfc.name, () => {
  describe.each(IFC_FIXTURES)('on $file', (fixture) => {
    let index: IfcIndex;
    it('reads the schema from the header', async () => {
      index = await indexIfc(read(fixture.file));
      expect(index.schema).toBe(fixture.schema);
    });

    it('counts walls, windows, doors, slabs, roofs, coverings and spaces as the independent count does', () => {
      expect({
        walls: count(index, 'IfcWall', 'IfcWallStandardCase'),
        windows: count(index, 'IfcWindow'),
        doors: count(index, 'IfcDoor'),
        slabs: count(index, 'IfcSlab'),
        roofs: count(index, 'IfcRoof'),
        coverings: count(index, 'IfcCovering'),
        spaces: count(index, 'IfcSpace'),
      }).toEqual({
        walls: fixture.walls,
        windows: fixture.windows,
        doors: fixture.doors,
        slabs: fixture.slabs,
        roofs: fixture.roofs,
        coverings: fixture.coverings,
        spaces: fixture.spaces,
      });
    });

    it('finds every storey and puts each element on at most one of them', () => {
      expect(index.storeys).toHaveLength(fixture.storeys);
      const onStoreys = index.storeys.reduce((n, s) => n + s.elements, 0);
      expect(onStoreys).toBe(index.elements.filter((e) => e.storey !== null).length);
      expect(onStoreys / index.elements.length).toBeGreaterThan(0.9);
    });

    it('gives every element a unique GlobalId and counts it once, under its own class', () => {
      const ids = index.elements.map((e) => e.globalId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(Object.values(index.byClass).reduce((a, b) => a + b, 0)).toBe(index.elements.length);
      expect(index.elements.every((e) => /^[0-9A-Za-z_$]{22}$/.test(e.globalId))).toBe(true);
    });

    it('gives the same index with the quick text scan as when web-ifc reads every property line', async () => {
      expect(await indexIfc(read(fixture.file), { textScan: false })).toEqual(index);
    });

    it('indexes no types, relationships, openings or spatial containers', () => {
      const classes = Object.keys(index.byClass);
      expect(classes.filter((c) => /Type$|^IfcRel|^IfcOpening|^IfcBuilding$|^IfcBuildingStorey$|^IfcSite$/.test(c))).toEqual([]);
    });
  });

  it("keeps each wall's NetSideArea from its base quantities, as written in the file, and nothing for files without them", async () => {
    const fzk = await indexIfc(read('AC20-FZK-Haus.ifc'));
    const walls = fzk.elements.filter((e) => e.ifcClass === 'IfcWallStandardCase');
    expect(walls).toHaveLength(13);
    expect(walls.every((w) => w.sideArea?.source === 'NetSideArea')).toBe(true);
    // Read with a regular expression, independently of web-ifc: the file's NetSideArea quantities are its walls'.
    const inFile = [...new TextDecoder('latin1').decode(read('AC20-FZK-Haus.ifc')).matchAll(/IFCQUANTITYAREA\('NetSideArea',\$,\$,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(walls.map((w) => w.sideArea!.m2).sort((a, b) => a - b)).toEqual(inFile.sort((a, b) => a - b));
    expect(walls.find((w) => w.name === 'Wand-Ext-ERDG-1')!.sideArea).toEqual({ m2: 18.7599, source: 'NetSideArea' });
    // The other fixtures carry no wall quantities (duplex and Office_A only GSA space areas).
    for (const file of ['duplex.ifc', 'Office_A_20110811.ifc', 'IfcOpenHouse_IFC4.ifc']) {
      expect((await indexIfc(read(file))).elements.filter((e) => e.sideArea)).toEqual([]);
    }
  });

  it('reads predefined types, storeys, materials and Pset_*Common properties', async () => {
    const fzk = await indexIfc(read('AC20-FZK-Haus.ifc'));
    const slabTypes = fzk.elements.filter((e) => e.ifcClass === 'IfcSlab').map((e) => e.predefinedType).sort();
    expect(slabTypes).toEqual(['BASESLAB', 'FLOOR', 'ROOF', 'ROOF']);
    expect(fzk.storeys.map((s) => [s.name, s.elevation])).toEqual([['Erdgeschoss', 0], ['Dachgeschoss', 2.7]]);

    const duplex = await indexIfc(read('duplex.ifc'));
    const exterior = duplex.elements.filter((e) => e.ifcClass.startsWith('IfcWall') && e.properties.IsExternal === true);
    expect(exterior.length).toBeGreaterThan(0);
    expect(duplex.elements.some((e) => e.materials.some((m) => /insulation/i.test(m)))).toBe(true);
    expect(new Set(duplex.elements.map((e) => e.storey))).toEqual(new Set(['T/FDN', 'Level 1', 'Level 2', 'Roof']));
  });

  it('refuses a truncated copy (the first half of a real model) with a clear message', async () => {
    const bytes = read('IfcOpenHouse_IFC4.ifc');
    const dir = mkdtempSync(join(tmpdir(), 'fit-ifc-'));
    writeFileSync(join(dir, 'half.ifc'), bytes.subarray(0, bytes.length >> 1));
    const half = new Uint8Array(readFileSync(join(dir, 'half.ifc')));
    await expect(indexIfc(half)).rejects.toMatchObject({ code: 'TRUNCATED', message: expect.stringMatching(/incomplete/) });
  });

  it.each([
    ['a PNG image', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')],
    ['a text file', Buffer.from('Liste des travaux:\n- isolation des combles\n')],
  ])('refuses %s as not an IFC file', async (_label, bytes) => {
    const error = await indexIfc(new Uint8Array(bytes)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IfcFileError);
    expect(error).toMatchObject({ code: 'NOT_STEP', message: expect.stringMatching(/not an IFC file/) });
  });

  it('refuses an empty file, an unsupported schema and a STEP file with no building in it', async () => {
    await expect(indexIfc(new Uint8Array())).rejects.toMatchObject({ code: 'EMPTY' });
    const step = (schema: string, data = '') =>
      new Uint8Array(Buffer.from(`ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('x','',(''),(''),'','','');\nFILE_SCHEMA(('${schema}'));\nENDSEC;\nDATA;\n${data}ENDSEC;\nEND-ISO-10303-21;\n`));
    await expect(indexIfc(step('IFC2X2_FINAL'))).rejects.toMatchObject({ code: 'UNSUPPORTED_SCHEMA', message: expect.stringMatching(/IFC2X2_FINAL/) });
    await expect(indexIfc(step('IFC4', "#1=IFCPERSON($,'Doe',$,$,$,$,$,$);\n"))).rejects.toMatchObject({ code: 'PARSE_FAILED', message: expect.stringMatching(/no IfcProject/) });
  });
});
