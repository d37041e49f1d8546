// A candidate's profile from their answers: appetence and competence per trade family, the trades that fit, and
// the starting ULOs of a FIT path for them.
import {
  APPETENCE_ITEMS,
  APPETENCE_MAX,
  COMPETENCE_ITEMS,
  POSITIONING_ITEMS,
  TRADE_FAMILIES,
  type CompetenceItem,
  type PositioningAnswer,
  type TradeFamily,
} from './items.js';

/** Percentages 0–100; appetence is null for a family the candidate has not rated yet. */
export interface FamilyProfile {
  family: TradeFamily;
  appetence: number | null;
  competence: number;
}

export interface PositioningProfile {
  families: FamilyProfile[];
  /** Families the candidate likes (≥ FIT_APPETENCE) and already shows the basics for (≥ FIT_COMPETENCE), best first. */
  fits: TradeFamily[];
  /** Starting ULOs of the demo framework for the fitting trades, in order, without repeats. */
  startingUlos: string[];
  answered: number;
  total: number;
}

export const FIT_APPETENCE = 60;
export const FIT_COMPETENCE = 50;

/** Where a FIT path starts for each trade family: health and safety first, then the trade's first ULO. */
export const STARTING_ULOS: Record<TradeFamily, readonly string[]> = {
  insulation: ['ULO-HS-01', 'ULO-INS-02', 'ULO-AIR-01'],
  carpentry: ['ULO-HS-01', 'ULO-WIN-01', 'ULO-AIR-02'],
  plumbing: ['ULO-HS-01', 'ULO-HP-01'],
  electricity: ['ULO-HS-01', 'ULO-AIR-04'],
  ventilation: ['ULO-HS-01', 'ULO-VEN-01'],
  roofing: ['ULO-HS-01', 'ULO-INS-02'],
  masonry: ['ULO-HS-01', 'ULO-INS-01', 'ULO-TB-01'],
  painting: ['ULO-HS-01', 'ULO-INS-01'],
};

export type PositioningAnswers = Readonly<Record<string, PositioningAnswer>>;

export function isCorrect(item: CompetenceItem, answer: PositioningAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (item.kind === 'choice') return answer === item.correct;
  return Array.isArray(answer) && answer.length === item.correct.length && answer.every((step, i) => step === item.correct[i]);
}

export function positioningProfile(answers: PositioningAnswers): PositioningProfile {
  const families = TRADE_FAMILIES.map((family): FamilyProfile => {
    const rating = answers[APPETENCE_ITEMS.find((item) => item.family === family)!.id];
    const appetence = typeof rating === 'number' ? Math.round((100 * rating) / APPETENCE_MAX) : null;
    // Unanswered items count as not shown yet, so a half-way candidate does not look stronger than they are.
    const relevant = COMPETENCE_ITEMS.filter((item) => item.families.includes(family));
    const correct = relevant.filter((item) => isCorrect(item, answers[item.id])).length;
    return { family, appetence, competence: relevant.length ? Math.round((100 * correct) / relevant.length) : 0 };
  });
  const fits = families
    .filter((f) => (f.appetence ?? 0) >= FIT_APPETENCE && f.competence >= FIT_COMPETENCE)
    .sort((a, b) => (b.appetence ?? 0) + b.competence - ((a.appetence ?? 0) + a.competence) || TRADE_FAMILIES.indexOf(a.family) - TRADE_FAMILIES.indexOf(b.family))
    .map((f) => f.family);
  const startingUlos = [...new Set(fits.flatMap((family) => STARTING_ULOS[family]))];
  const answered = POSITIONING_ITEMS.filter((item) => answers[item.id] !== undefined).length;
  return { families, fits, startingUlos, answered, total: POSITIONING_ITEMS.length };
}
