import { describe, expect, it } from 'vitest';
import { monthlyProgress, monthsOf } from './monthlyProgress';

describe('a contract’s hours by month against its target', () => {
  it('lists every month of the contract, across a year’s end', () => {
    expect(monthsOf('2026-11-15', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf('2027-03-01', '2027-02-01')).toEqual([]);
  });

  it('counts validated hours (worked and training) per month and cumulated, waiting ones apart, replaced and sent-back ones not at all', () => {
    const rows = monthlyProgress(
      [
        { month: '2026-11', hoursWorked: 140, trainingHours: 7, status: 'validated' },
        { month: '2026-11', hoursWorked: 100.5, trainingHours: 0, status: 'validated' },
        { month: '2026-12', hoursWorked: 150, trainingHours: 0, status: 'superseded' },
        { month: '2026-12', hoursWorked: 140, trainingHours: 3.5, status: 'validated' },
        { month: '2026-12', hoursWorked: 80, trainingHours: 0, status: 'sentBack' },
        { month: '2027-01', hoursWorked: 120, trainingHours: 0, status: 'declared' },
      ],
      { startsOn: '2026-11-01', endsOn: '2027-01-31' },
      1000,
    );
    expect(rows).toEqual([
      { category: '2026-11', validated: 247.5, pending: 0, cumulative: 247.5, target: 333.33 },
      { category: '2026-12', validated: 143.5, pending: 0, cumulative: 391, target: 666.67 },
      { category: '2027-01', validated: 0, pending: 120, cumulative: 391, target: 1000 },
    ]);
  });
});
