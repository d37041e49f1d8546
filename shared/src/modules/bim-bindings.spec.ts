import { describe, expect, it } from 'vitest';
import { matchesAnyRule } from '../bim/rules.js';
import { bindingsToRules } from './bim-bindings.js';
import { validateModuleContent } from './validate.js';
import { sampleModule } from './sample-module.fixture.js';

const wall = { globalId: '2O2Fr$t4X7Zf8NOew3FLOH', ifcClass: 'IfcWallStandardCase', predefinedType: null, properties: { IsExternal: true, ThermalTransmittance: 0.4 } };

describe('BIM step bindings', () => {
  it('become class rules with subclasses, predefined types and conditions', () => {
    const rules = bindingsToRules([{ ifcClass: 'IfcWall', where: [{ property: 'ThermalTransmittance', op: 'gt', equals: 0.3 }] }]);
    expect(rules).toEqual([{ ifcClass: 'IfcWall', includeSubclasses: true, properties: [{ name: 'ThermalTransmittance', op: 'gt', value: 0.3 }] }]);
    expect(matchesAnyRule(wall, rules)).toBe(true);
    expect(matchesAnyRule(wall, bindingsToRules([{ ifcClass: 'IfcWall', where: [{ property: 'IsExternal', equals: false }] }]))).toBe(false);
  });

  it('name elements by GlobalId', () => {
    expect(matchesAnyRule(wall, bindingsToRules([{ globalIds: [wall.globalId] }]))).toBe(true);
    expect(matchesAnyRule(wall, bindingsToRules([{ globalIds: ['0000000000000000000000'] }]))).toBe(false);
  });

  it('are checked: GlobalIds well formed, comparisons on numbers', () => {
    const content = sampleModule();
    const step = content.steps.find((s) => s.kind === 'bim')!;
    if (step.kind !== 'bim') throw new Error('no BIM step');
    step.bindings = [{ globalIds: ['bad id'] }, { ifcClass: 'IfcWall', where: [{ property: 'FireRating', op: 'gt', equals: 'EI30' }] }];
    const result = validateModuleContent(content);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths.some((p) => p.endsWith('bindings[0].globalIds[0]'))).toBe(true);
    expect(paths.some((p) => p.endsWith('bindings[1].where[0].equals'))).toBe(true);
  });
});
