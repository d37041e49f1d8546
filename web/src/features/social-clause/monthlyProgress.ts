// A contract's hours by month, as the contract report counts them: each month's validated hours (worked and
// training) and those still waiting, the cumulative validated hours, and the target spread evenly over the contract's
// months (the line a buyer compares the cumulative hours with).
export interface MonthDeclaration {
  month: string;
  hoursWorked: number;
  trainingHours: number;
  status: string;
}

/** A type, not an interface: the chart's rows are records. */
export type MonthProgress = {
  category: string;
  validated: number;
  pending: number;
  cumulative: number;
  target: number;
};

const round = (n: number) => Math.round(n * 100) / 100;

/** The months from the one of `from` to the one of `to` ('YYYY-MM-DD' or 'YYYY-MM'), both included; at most 20 years. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

export function monthlyProgress(
  declarations: readonly MonthDeclaration[],
  contract: { startsOn: string; endsOn: string },
  targetHours: number,
): MonthProgress[] {
  const months = monthsOf(contract.startsOn, contract.endsOn);
  const sum = (month: string, status: string) =>
    round(
      declarations
        .filter((d) => d.month === month && d.status === status)
        .reduce((s, d) => s + d.hoursWorked + d.trainingHours, 0),
    );
  let cumulative = 0;
  return months.map((month, i) => {
    const validated = sum(month, 'validated');
    cumulative = round(cumulative + validated);
    return {
      category: month,
      validated,
      pending: sum(month, 'declared'),
      cumulative,
      target: round((targetHours * (i + 1)) / months.length),
    };
  });
}
