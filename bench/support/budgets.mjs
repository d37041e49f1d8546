// Budgets of bench/budgets.json: a figure has a `max` (lower is better) or a `min` (higher is better), optionally a
// `goal`; a `ratio: [figure, peer]` budget is computed here from two figures of the same run. A figure fails only past
// the margin (value > max × margin, or value < min / margin); within the margin but off budget it is "over".

/** The ratio figures the budgets define, rounded to hundredths. */
export function derivedFigures(results, { budgets }) {
  const derived = {};
  for (const [name, budget] of Object.entries(budgets)) {
    if (!budget.ratio) continue;
    const [figure, peer] = budget.ratio.map((n) => results[n]);
    if (typeof figure === 'number' && typeof peer === 'number' && peer > 0) derived[name] = Math.round((figure / peer) * 100) / 100;
  }
  return derived;
}

/** One verdict per budget: ok, over (off budget but within the margin), fail, or skipped (the figure was not measured). */
export function checkBudgets(results, { budgets, margin }) {
  return Object.entries(budgets).map(([name, budget]) => {
    const value = results[name];
    if (typeof value !== 'number') return { name, budget, value: undefined, state: 'skipped' };
    if (budget.max !== undefined) {
      const state = value <= budget.max ? 'ok' : value <= budget.max * margin ? 'over' : 'fail';
      return { name, budget, value, state };
    }
    const state = value >= budget.min ? 'ok' : value >= budget.min / margin ? 'over' : 'fail';
    return { name, budget, value, state };
  });
}

export function formatCheck(verdicts, margin) {
  const lines = [`${'budget'.padEnd(34)} ${'value'.padStart(10)}  ${'budget'.padEnd(10)} ${'fails at'.padEnd(10)} state`];
  for (const v of verdicts) {
    const { budget } = v;
    const limit = budget.max !== undefined ? `≤ ${budget.max}` : `≥ ${budget.min}`;
    const failsAt = budget.max !== undefined ? `> ${round(budget.max * margin)}` : `< ${round(budget.min / margin)}`;
    const value = v.value === undefined ? '—' : String(v.value);
    lines.push(`${v.name.padEnd(34)} ${value.padStart(10)}  ${limit.padEnd(10)} ${failsAt.padEnd(10)} ${v.state}`);
  }
  return lines.join('\n');
}

const round = (n) => Math.round(n * 1000) / 1000;
