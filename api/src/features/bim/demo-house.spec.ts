import { describe, expect, it } from '@jest/globals';
import { DEMO_HOUSE_EXPECTED, demoHouseIfc } from './demo-house.js';
import { indexIfc } from './ifc-index.js';

describe(demoHouseIfc.name, () => {
  const bytes = () => new Uint8Array(Buffer.from(demoHouseIfc(), 'latin1'));

  it('writes the same ASCII STEP file on every run', () => {
    expect(demoHouseIfc()).toBe(demoHouseIfc());
    expect(/^[\x20-\x7e\n]*$/.test(demoHouseIfc())).toBe(true);
  });

  it('parses with web-ifc and indexes to the expected classes and storeys', async () => {
    const index = await indexIfc(bytes());
    expect(index.schema).toBe('IFC4');
    expect(index.byClass).toEqual(DEMO_HOUSE_EXPECTED.byClass);
    expect(index.storeys.map((s) => [s.name, s.elevation])).toEqual([
      ['Rez-de-chaussée', 0],
      ['Étage', 2.8],
    ]);
    expect(index.warnings).toEqual([]);
  });

  it('marks the four façade walls external with a U-value, and the partition internal', async () => {
    const walls = (await indexIfc(bytes())).elements.filter((e) => e.ifcClass === 'IfcWall');
    expect(walls.filter((w) => w.properties.IsExternal === true).map((w) => w.properties.ThermalTransmittance)).toEqual([0.35, 0.35, 0.35, 0.35]);
    expect(walls.filter((w) => w.properties.IsExternal === false)).toHaveLength(1);
    expect(walls.every((w) => w.materials.length === 1 && w.storey === 'Rez-de-chaussée')).toBe(true);
    expect(new Set(walls.map((w) => w.globalId)).size).toBe(5);
  });
});
