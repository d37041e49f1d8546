import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from '@jest/globals';
import { decodeCompactGeometry } from '@fit/shared';
import { fixturePath } from '../../test-support/ifc-fixtures.js';
import { buildCompactGeometry } from './ifc-geometry.js';
import { indexIfc } from './ifc-index.js';

describe('compact geometry of an IFC file', () => {
  it('carries every indexed element with its facts, draws the windows, and is a small fraction of the IFC', async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('IfcOpenHouse_IFC4.ifc')));
    const index = await indexIfc(bytes);
    const facts = index.elements.map((e) => ({ globalId: e.globalId, ifcClass: e.ifcClass, predefinedType: e.predefinedType, name: e.name, storey: e.storey, properties: e.properties }));
    const geometry = await buildCompactGeometry(bytes, facts, index.storeys.map((s) => s.name));
    expect(geometry.bytes.length).toBeLessThan(bytes.length / 10);

    const { header, pieces } = decodeCompactGeometry(new Uint8Array(gunzipSync(geometry.bytes)));
    expect(header.elements.map((e) => e.g)).toEqual(index.elements.map((e) => e.globalId));
    expect(header.storeys).toEqual(index.storeys.map((s) => s.name));
    const windows = header.elements.map((e, i) => (e.c === 'IfcWindow' ? i : -1)).filter((i) => i >= 0);
    expect(windows).toHaveLength(5);
    const drawn = new Set(pieces.map((p) => p.element));
    for (const w of windows) expect(drawn.has(w) || header.elements.some((e, j) => e.a === w && drawn.has(j))).toBe(true);
    // Quantised on the model's box: positions stay within a millimetre on a house a few metres wide.
    expect(Math.max(...header.step)).toBeLessThan(0.001);
    expect(geometry.triangles).toBe(pieces.reduce((n, p) => n + p.indices.length / 3, 0));
  });

  it('estimates the side area of the walls it is asked to measure, a few per cent above their NetSideArea', async () => {
    const bytes = new Uint8Array(readFileSync(fixturePath('AC20-FZK-Haus.ifc')));
    const index = await indexIfc(bytes);
    const facts = index.elements.map((e) => ({ ...e, measureSideArea: e.ifcClass === 'IfcWallStandardCase' }));
    const geometry = await buildCompactGeometry(bytes, facts, []);
    const walls = index.elements.filter((e) => e.ifcClass === 'IfcWallStandardCase');
    expect(geometry.sideAreas.map((a) => a.globalId).sort()).toEqual(walls.map((w) => w.globalId).sort());
    const estimate = new Map(geometry.sideAreas.map((a) => [a.globalId, a.m2]));
    // The wall's ends and the reveals of its openings are vertical faces too: never below the net area, at most 20 % above.
    for (const wall of walls) {
      const ratio = estimate.get(wall.globalId)! / wall.sideArea!.m2;
      expect(ratio).toBeGreaterThanOrEqual(1);
      expect(ratio).toBeLessThan(1.2);
    }
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum([...estimate.values()]) / sum(walls.map((w) => w.sideArea!.m2))).toBeLessThan(1.1);
  });
});
