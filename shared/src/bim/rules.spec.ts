import { describe, expect, it } from 'vitest';
import { ifcClassAndSubclasses, isIfcSubclassOf } from './ifc-classes.js';
import { matchesAnyRule, matchesRule, type RuleSubject } from './rules.js';

const el = (over: Partial<RuleSubject>): RuleSubject => ({
  globalId: '0000000000000000000000',
  ifcClass: 'IfcWall',
  predefinedType: null,
  properties: {},
  ...over,
});

describe('IFC class hierarchy', () => {
  it('puts IfcWallStandardCase under IfcWall and IfcBuildingElement', () => {
    expect(isIfcSubclassOf('IfcWallStandardCase', 'IfcWall')).toBe(true);
    expect(isIfcSubclassOf('IfcWallStandardCase', 'IfcBuildingElement')).toBe(true);
    expect(isIfcSubclassOf('IfcWall', 'IfcWallStandardCase')).toBe(false);
    expect(ifcClassAndSubclasses('IfcWall').sort()).toEqual(['IfcWall', 'IfcWallElementedCase', 'IfcWallStandardCase']);
  });

  it('puts air terminals under flow terminals and heat pumps (unitary equipment) under energy conversion devices', () => {
    expect(ifcClassAndSubclasses('IfcFlowTerminal')).toContain('IfcAirTerminal');
    expect(isIfcSubclassOf('IfcUnitaryEquipment', 'IfcEnergyConversionDevice')).toBe(true);
  });

  it('treats an unknown class as standing for itself only', () => {
    expect(ifcClassAndSubclasses('IfcSomethingNew')).toEqual(['IfcSomethingNew']);
  });
});

describe(matchesRule.name, () => {
  it('matches subclasses by default and only the class itself when asked', () => {
    const wall = el({ ifcClass: 'IfcWallStandardCase' });
    expect(matchesRule(wall, { ifcClass: 'IfcWall' })).toBe(true);
    expect(matchesRule(wall, { ifcClass: 'IfcWall', includeSubclasses: false })).toBe(false);
    expect(matchesRule(wall, { ifcClass: 'IfcWindow' })).toBe(false);
  });

  it('matches the predefined type whatever its case', () => {
    const roofSlab = el({ ifcClass: 'IfcSlab', predefinedType: 'ROOF' });
    expect(matchesRule(roofSlab, { ifcClass: 'IfcSlab', predefinedType: 'roof' })).toBe(true);
    expect(matchesRule(roofSlab, { ifcClass: 'IfcSlab', predefinedType: 'FLOOR' })).toBe(false);
    expect(matchesRule(el({ ifcClass: 'IfcSlab' }), { ifcClass: 'IfcSlab', predefinedType: 'ROOF' })).toBe(false);
  });

  it('checks property conditions; a missing property matches nothing but never crashes', () => {
    const ext = el({ properties: { IsExternal: true, ThermalTransmittance: 0.25, FireRating: 'REI60' } });
    const unknown = el({});
    const is = (rule: Parameters<typeof matchesRule>[1]) => [matchesRule(ext, rule), matchesRule(unknown, rule)];
    expect(is({ ifcClass: 'IfcWall', properties: [{ name: 'IsExternal', op: 'eq', value: true }] })).toEqual([true, false]);
    expect(is({ ifcClass: 'IfcWall', properties: [{ name: 'IsExternal', op: 'neq', value: true }] })).toEqual([false, false]);
    expect(is({ ifcClass: 'IfcWall', properties: [{ name: 'ThermalTransmittance', op: 'lte', value: 0.25 }] })).toEqual([true, false]);
    expect(is({ ifcClass: 'IfcWall', properties: [{ name: 'ThermalTransmittance', op: 'lt', value: 0.25 }] })).toEqual([false, false]);
    expect(is({ ifcClass: 'IfcWall', properties: [{ name: 'ThermalTransmittance', op: 'gt', value: 0.2 }] })).toEqual([true, false]);
    expect(is({ ifcClass: 'IfcWall', properties: [{ name: 'FireRating', op: 'exists' }] })).toEqual([true, false]);
    expect(is({ ifcClass: 'IfcWall', properties: [{ name: 'FireRating', op: 'gte', value: 1 }] })).toEqual([false, false]);
  });

  it('binds specific elements by GlobalId, and any of several rules', () => {
    const a = el({ globalId: 'A'.repeat(22) });
    expect(matchesRule(a, { globalIds: ['A'.repeat(22)] })).toBe(true);
    expect(matchesRule(a, { globalIds: ['B'.repeat(22)] })).toBe(false);
    expect(matchesAnyRule(a, [{ ifcClass: 'IfcDoor' }, { globalIds: ['A'.repeat(22)] }])).toBe(true);
    expect(matchesAnyRule(a, [])).toBe(false);
  });
});
