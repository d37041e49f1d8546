// Spaced recall scheduling with FSRS (ts-fsrs), the same on the tablet and the server: a card's state is always the
// replay of its review log in review-time order, so reviews that reach the server in any order give the same card.
import { Rating, State, createEmptyCard, fsrs, type Card } from 'ts-fsrs';

/** One time the worker met a question: the first answer in the module, then each recall. */
export interface RecallReview {
  /** When it was answered (ISO 8601): the replay order. */
  at: string;
  correct: boolean;
  /** The statement id: orders two reviews made at the same instant the same way everywhere. */
  id: string;
}

export type RecallCardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** A card's scheduling state as it is stored and shipped in the site pack (plain JSON, dates as ISO strings). */
export interface RecallCardState {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: RecallCardPhase;
  lastReview: string | null;
}

/** A recall: at most this many due questions, about two minutes on the tablet. */
export const RECALL_SESSION = { maxQuestions: 5, minutes: 2 } as const;

// Day-scale scheduling without fuzz: a worker meets recall once in their day (no same-session learning steps), and
// fuzz would make the tablet and the server disagree on a due date.
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

const PHASES: Record<State, RecallCardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATES: Record<RecallCardPhase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

function toState(card: Card): RecallCardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: PHASES[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

function toCard(state: RecallCardState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: STATES[state.phase],
    last_review: state.lastReview ? new Date(state.lastReview) : undefined,
  };
}

/** A card never reviewed, due at once. */
export function newRecallCard(at: string): RecallCardState {
  return toState(createEmptyCard(new Date(at)));
}

/** The card after one more review: remembered counts as Good, forgotten as Again (two big buttons, no finer grade). */
export function reviewRecallCard(card: RecallCardState, review: Pick<RecallReview, 'at' | 'correct'>): RecallCardState {
  return toState(scheduler.next(toCard(card), new Date(review.at), review.correct ? Rating.Good : Rating.Again).card);
}

/** The order reviews are replayed in: review time, then statement id. */
export function compareReviews(a: RecallReview, b: RecallReview): number {
  const byTime = Date.parse(a.at) - Date.parse(b.at);
  return byTime !== 0 ? byTime : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The card's state from its whole review log, whatever order the log is given in; undefined for an empty log. */
export function replayRecallCard(reviews: readonly RecallReview[]): RecallCardState | undefined {
  const ordered = [...reviews].sort(compareReviews);
  if (ordered.length === 0) return undefined;
  return ordered.reduce((card, review) => reviewRecallCard(card, review), newRecallCard(ordered[0]!.at));
}

/** The cards due at `now`, most overdue first, at most one recall's worth. */
export function dueRecallCards<T extends { card: RecallCardState }>(cards: readonly T[], now: Date, limit: number = RECALL_SESSION.maxQuestions): T[] {
  const at = now.getTime();
  return cards
    .filter((c) => Date.parse(c.card.due) <= at)
    .sort((a, b) => Date.parse(a.card.due) - Date.parse(b.card.due))
    .slice(0, limit);
}
