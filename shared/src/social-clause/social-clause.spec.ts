import { describe, expect, it } from 'vitest';
import { clauseProgress, fte, hourProblems, monthDays, percentOf, type CountedDeclaration } from './index.js';

const contract = { startsOn: '2026-03-15', endsOn: '2026-12-31' };
const open = { startsOn: '2026-01-01', endsOn: null };

describe('hour rules of a monthly declaration', () => {
  it('accepts a plausible month inside the contract and the eligibility', () => {
    expect(hourProblems({ month: '2026-03', hoursWorked: 151.67, trainingHours: 14 }, contract, open)).toEqual([]);
  });

  it('refuses more than 220 hours, alone or together, negative and non-numeric hours', () => {
    expect(hourProblems({ month: '2026-04', hoursWorked: 221, trainingHours: 0 }, contract, open)).toEqual([{ field: 'hoursWorked', problem: 'overMonthlyMax' }]);
    expect(hourProblems({ month: '2026-04', hoursWorked: 200, trainingHours: 21 }, contract, open)).toEqual([{ field: 'hoursWorked', problem: 'overMonthlyMax' }]);
    expect(hourProblems({ month: '2026-04', hoursWorked: 200, trainingHours: 20 }, contract, open)).toEqual([]);
    expect(hourProblems({ month: '2026-04', hoursWorked: -1, trainingHours: Number.NaN }, contract, open)).toEqual([
      { field: 'hoursWorked', problem: 'negative' },
      { field: 'trainingHours', problem: 'notANumber' },
    ]);
  });

  it('refuses a month outside the contract, before the eligibility, or after it ended', () => {
    expect(hourProblems({ month: '2026-02', hoursWorked: 10, trainingHours: 0 }, contract, open)[0]?.problem).toBe('monthOutsideContract');
    expect(hourProblems({ month: '2027-01', hoursWorked: 10, trainingHours: 0 }, contract, open)[0]?.problem).toBe('monthOutsideContract');
    const ended = { startsOn: '2026-05-10', endsOn: '2026-08-20' };
    expect(hourProblems({ month: '2026-04', hoursWorked: 10, trainingHours: 0 }, contract, ended)[0]?.problem).toBe('beforeEligibility');
    expect(hourProblems({ month: '2026-08', hoursWorked: 10, trainingHours: 0 }, contract, ended)).toEqual([]);
    expect(hourProblems({ month: '2026-09', hoursWorked: 10, trainingHours: 0 }, contract, ended)[0]?.problem).toBe('eligibilityEnded');
    expect(hourProblems({ month: '2026-13', hoursWorked: 10, trainingHours: 0 }, contract, open)[0]?.problem).toBe('badMonth');
  });

  it('knows the last day of February in a leap year', () => {
    expect(monthDays('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
  });
});

describe('FTE and progress against targets', () => {
  it('divides hours by 1,607 for full-time equivalents', () => {
    expect(fte(1607)).toBe(1);
    expect(fte(803.5)).toBe(0.5);
    expect(fte(2500)).toBe(1.56); // 2500 / 1607 = 1.5557…
    expect(percentOf(750, 3000)).toBe(25);
    expect(percentOf(10, 0)).toBe(0);
  });

  it('counts validated hours per contract, lot and company; pending apart; sent back nowhere', () => {
    const lots = [
      { lotId: 'L1', targetHours: 1000 },
      { lotId: 'L2', targetHours: 600 },
    ];
    const awards = new Map([
      ['L1', ['A']],
      ['L2', ['A', 'B']],
    ]);
    const d = (lotId: string, company: string, w: number, t: number, status: CountedDeclaration['status']): CountedDeclaration => ({
      lotId,
      company,
      hoursWorked: w,
      trainingHours: t,
      status,
    });
    const result = clauseProgress(lots, awards, [
      d('L1', 'A', 140, 10, 'validated'),
      d('L1', 'A', 120, 0, 'declared'),
      d('L2', 'A', 100, 0, 'validated'),
      d('L2', 'B', 150.5, 7, 'validated'),
      d('L2', 'B', 200, 0, 'sentBack'),
    ]);
    // 150 + 100 + 157.5 = 407.5 validated of 1600; 120 pending.
    expect(result.total).toEqual({ targetHours: 1600, achievedHours: 407.5, pendingHours: 120, achievedFte: 0.25, targetFte: 1, percent: 25 });
    expect(result.byLot.get('L1')).toMatchObject({ achievedHours: 150, pendingHours: 120, percent: 15 });
    expect(result.byLot.get('L2')).toMatchObject({ achievedHours: 257.5, percent: 43 });
    // A: all of L1 and half of L2 = 1300; B: half of L2 = 300.
    expect(result.byCompany.get('A')).toMatchObject({ targetHours: 1300, achievedHours: 250, percent: 19 });
    expect(result.byCompany.get('B')).toMatchObject({ targetHours: 300, achievedHours: 157.5, achievedFte: 0.1, percent: 53 });
  });
});
