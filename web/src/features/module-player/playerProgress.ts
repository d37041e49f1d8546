// The worker's place in a module (step, answers, ticks) and the rules to move on; saved per user and version to resume.
import type { ModuleStep, QuizAnswers, QuizQuestion } from '@fit/shared';

export interface PlayerProgress {
  index: number;
  answers: QuizAnswers;
  /** Quiz steps whose answer was checked: feedback shown, answer locked. */
  checked: string[];
  /** Ticked checklist item ids per practical step. */
  ticks: Record<string, string[]>;
  finished: boolean;
  /** The xAPI registration of this attempt and when it began; set once learning records are kept. */
  registration?: string;
  startedAt?: string;
  /** Practical steps already recorded in this attempt: going back and forth does not record them twice. */
  recorded?: string[];
}

/** What the player tells the learning record (the outbox) about an attempt; the photo is the evidence file itself. */
export type PlayerEvent = { registration: string } & (
  | { kind: 'started' }
  | { kind: 'answered'; stepId: string; response: string[]; success: boolean }
  | { kind: 'practicalDone'; stepId: string; photo?: Blob; ticked: string[] }
  | { kind: 'finished'; score: number; passed: boolean; durationSeconds: number }
);

export const emptyProgress = (): PlayerProgress => ({ index: 0, answers: {}, checked: [], ticks: {}, finished: false });

export function progressKey(userId: string, versionId: string): string {
  return `fit.player.${userId}.${versionId}`;
}

/** The saved progress, or a fresh start when nothing (or something unreadable) is saved. */
export function loadProgress(storage: Storage | undefined, key: string | undefined, stepCount: number): PlayerProgress {
  if (!storage || !key) return emptyProgress();
  try {
    const saved = JSON.parse(storage.getItem(key) ?? 'null') as Partial<PlayerProgress> | null;
    if (!saved || typeof saved.index !== 'number') return emptyProgress();
    return {
      ...emptyProgress(),
      ...saved,
      index: Math.min(Math.max(0, saved.index), Math.max(0, stepCount - 1)),
    };
  } catch {
    return emptyProgress();
  }
}

export function saveProgress(storage: Storage | undefined, key: string | undefined, progress: PlayerProgress): void {
  if (!storage || !key) return;
  try {
    storage.setItem(key, JSON.stringify(progress));
  } catch {
    // A full storage must not stop the worker; they only lose the resume point.
  }
}

/** The order an ordering question starts in: as authored, unless that is already the answer. */
export function initialOrder(question: QuizQuestion): string[] {
  const ids = question.options.map((o) => o.id);
  const isAnswer = ids.length === question.correct.length && ids.every((id, i) => id === question.correct[i]);
  return isAnswer && ids.length > 1 ? [...ids.slice(1), ids[0]!] : ids;
}

/** Why the worker cannot go on yet, or undefined when Next is allowed. */
export function blockedReason(step: ModuleStep | undefined, progress: PlayerProgress, hasPhoto: boolean): 'answer' | 'checklist' | 'photo' | undefined {
  if (!step) return undefined;
  if (step.kind === 'quiz' && !progress.checked.includes(step.id)) return 'answer';
  if (step.kind === 'practical') {
    const ticked = progress.ticks[step.id] ?? [];
    if (!step.checklist.every((item) => ticked.includes(item.id))) return 'checklist';
    if (step.photoRequired && !hasPhoto) return 'photo';
  }
  return undefined;
}

export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}
