// What each competence item offers to choose from: numbers with their unit (the same in every language) or, for the
// order items, the order the step cards are shown in (never the right one).
export const NUMBER_OPTIONS: Record<string, { values: number[]; unit: 'cm' | 'm²' | 'panels' }> = {
  'plan-window': { values: [90, 120, 150], unit: 'cm' },
  'plan-wall': { values: [150, 270, 360], unit: 'cm' },
  'tape-47': { values: [42, 47, 52], unit: 'cm' },
  'tape-125': { values: [125, 130, 120], unit: 'cm' },
  'calc-area': { values: [7, 12, 14], unit: 'm²' },
  'calc-panels': { values: [4, 9, 36], unit: 'panels' },
};

export const SHOWN_STEP_ORDER: Record<string, number[]> = {
  'order-insulation': [2, 0, 3, 1],
  'order-painting': [1, 2, 0],
};
