import { describe, expect, it } from 'vitest';
import { parseYears, projectFromRow, projectProblems } from './projects.js';

describe('planned projects', () => {
  it('reads years as single years, ranges and lists', () => {
    expect(parseYears('2027')).toEqual([2027]);
    expect(parseYears('2027-2029')).toEqual([2027, 2028, 2029]);
    expect(parseYears('2029; 2027,2027')).toEqual([2027, 2029]);
    expect(parseYears('27')).toEqual([Number.NaN]);
    expect(parseYears('2029-2027')).toEqual([Number.NaN]);
  });

  it('reads a CSV line, blanks as no work, French decimal commas included', () => {
    const draft = projectFromRow({ name: 'Résidence Les Tilleuls', years: '2027-2028', buildingType: 'apartmentBlock', dwellings: '48', floorArea: '', externalWallInsulation: '3 200,5', windowReplacement: '192' });
    expect(draft).toMatchObject({ name: 'Résidence Les Tilleuls', years: [2027, 2028], buildingType: 'apartmentBlock', dwellings: 48, floorArea: null });
    expect(draft.packages.find((p) => p.workPackage === 'externalWallInsulation')!.quantity).toBe(3200.5);
    expect(draft.packages.find((p) => p.workPackage === 'heatPump')!.quantity).toBe(0);
    expect(projectProblems(draft)).toEqual([]);
  });

  it('says which field is wrong', () => {
    const bad = projectFromRow({ name: ' ', years: '1999', buildingType: 'castle', dwellings: 'many', heatPump: '-3' });
    expect(projectProblems(bad)).toEqual([
      { field: 'name', problem: 'required' },
      { field: 'years', problem: 'badYear' },
      { field: 'buildingType', problem: 'badType' },
      { field: 'dwellings', problem: 'badNumber' },
      { field: 'heatPump', problem: 'badNumber' },
    ]);
    expect(projectProblems(projectFromRow({ name: 'Empty', years: '2027', buildingType: 'house' }))).toEqual([{ field: 'externalWallInsulation', problem: 'noWork' }]);
  });
});
