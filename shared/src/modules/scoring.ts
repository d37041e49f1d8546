// Scores a worker's quiz answers against a module's questions; the same rule on the tablet (offline) and the server.
import type { ModuleStep, QuizStep } from './content.js';

/** Answers keyed by quiz step id: the chosen option ids (for ordering: the ids in the worker's order). */
export type QuizAnswers = Record<string, string[] | undefined>;

export interface QuizScore {
  /** Share of questions answered right, 0..1; 1 when the module has no questions. */
  score: number;
  passed: boolean;
  perQuestion: { stepId: string; correct: boolean; answered: boolean }[];
}

export function scoreQuiz(steps: ModuleStep[], answers: QuizAnswers, passMark: number): QuizScore {
  const questions = steps.filter((s): s is QuizStep => s.kind === 'quiz');
  const perQuestion = questions.map((step) => {
    const given = answers[step.id];
    return { stepId: step.id, answered: !!given && given.length > 0, correct: !!given && isRight(step, given) };
  });
  const score = questions.length === 0 ? 1 : perQuestion.filter((q) => q.correct).length / questions.length;
  // Rounding guards against 2/3 >= 0.6666666 style surprises at the pass mark.
  return { score, passed: Math.round(score * 1e6) >= Math.round(passMark * 1e6), perQuestion };
}

// All or nothing per question: a half-right multiple choice is still a wrong gesture on site.
function isRight(step: QuizStep, given: string[]): boolean {
  const { kind, correct } = step.question;
  if (kind === 'ordering') return given.length === correct.length && given.every((id, i) => id === correct[i]);
  const chosen = new Set(given);
  return chosen.size === given.length && chosen.size === correct.length && correct.every((id) => chosen.has(id));
}
