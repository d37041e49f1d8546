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
});
