// The positioning item bank: one "would you like to do this?" per trade family, then simple competence items.
// Texts live in the web's candidate namespace (keyed by item id); here only what scoring needs.

export const TRADE_FAMILIES = ['insulation', 'carpentry', 'plumbing', 'electricity', 'ventilation', 'roofing', 'masonry', 'painting'] as const;
export type TradeFamily = (typeof TRADE_FAMILIES)[number];

export const COMPETENCE_SKILLS = ['plan', 'measure', 'order', 'safety', 'calculation'] as const;
export type CompetenceSkill = (typeof COMPETENCE_SKILLS)[number];

/** The appetence scale, 0 = "not at all" … 3 = "yes, a lot". */
export const APPETENCE_MAX = 3;

export interface AppetenceItem {
  id: string;
  kind: 'appetence';
  family: TradeFamily;
}

/** Pick one of `options` pictures or numbers; `correct` is the index of the right one. */
export interface ChoiceItem {
  id: string;
  kind: 'choice';
  skill: CompetenceSkill;
  options: number;
  correct: number;
  families: readonly TradeFamily[];
}

/** Put `steps` cards in order; `correct` is the step indices in the right order. */
export interface OrderItem {
  id: string;
  kind: 'order';
  skill: 'order';
  correct: readonly number[];
  families: readonly TradeFamily[];
}

export type PositioningItem = AppetenceItem | ChoiceItem | OrderItem;
export type CompetenceItem = ChoiceItem | OrderItem;

const ALL: readonly TradeFamily[] = TRADE_FAMILIES;
// Measuring and reading plans matter to every trade that cuts or places something to size.
const SIZING: readonly TradeFamily[] = ['insulation', 'carpentry', 'plumbing', 'electricity', 'ventilation', 'roofing', 'masonry'];
const SURFACES: readonly TradeFamily[] = ['insulation', 'painting', 'masonry', 'roofing'];

export const APPETENCE_ITEMS: readonly AppetenceItem[] = TRADE_FAMILIES.map((family) => ({ id: `like-${family}`, kind: 'appetence', family }));

export const COMPETENCE_ITEMS: readonly CompetenceItem[] = [
  { id: 'plan-window', kind: 'choice', skill: 'plan', options: 3, correct: 1, families: ALL },
  { id: 'plan-wall', kind: 'choice', skill: 'plan', options: 3, correct: 2, families: SIZING },
  { id: 'tape-47', kind: 'choice', skill: 'measure', options: 3, correct: 1, families: SIZING },
  { id: 'tape-125', kind: 'choice', skill: 'measure', options: 3, correct: 0, families: SIZING },
  { id: 'order-insulation', kind: 'order', skill: 'order', correct: [0, 1, 2, 3], families: ['insulation', 'carpentry', 'roofing'] },
  { id: 'order-painting', kind: 'order', skill: 'order', correct: [0, 1, 2], families: ['painting', 'masonry'] },
  { id: 'safety-ladder', kind: 'choice', skill: 'safety', options: 3, correct: 0, families: ALL },
  { id: 'safety-cable', kind: 'choice', skill: 'safety', options: 3, correct: 2, families: ['electricity', 'plumbing', 'ventilation'] },
  { id: 'calc-area', kind: 'choice', skill: 'calculation', options: 3, correct: 1, families: SURFACES },
  { id: 'calc-panels', kind: 'choice', skill: 'calculation', options: 3, correct: 0, families: SURFACES },
];

/** Trades first (discovery warms the candidate up), then competences; the order candidates see. */
export const POSITIONING_ITEMS: readonly PositioningItem[] = [...APPETENCE_ITEMS, ...COMPETENCE_ITEMS];

export function positioningItem(id: string): PositioningItem | undefined {
  return POSITIONING_ITEMS.find((item) => item.id === id);
}

/** An answer is a scale value, an option index, or a list of step indices; anything else is refused. */
export type PositioningAnswer = number | number[];

export function isValidAnswer(item: PositioningItem, answer: unknown): answer is PositioningAnswer {
  if (item.kind === 'appetence') return Number.isInteger(answer) && (answer as number) >= 0 && (answer as number) <= APPETENCE_MAX;
  if (item.kind === 'choice') return Number.isInteger(answer) && (answer as number) >= 0 && (answer as number) < item.options;
  return (
    Array.isArray(answer) &&
    answer.length === item.correct.length &&
    new Set(answer).size === answer.length &&
    answer.every((step) => Number.isInteger(step) && step >= 0 && step < item.correct.length)
  );
}

export function isTradeFamily(value: string): value is TradeFamily {
  return (TRADE_FAMILIES as readonly string[]).includes(value);
}
