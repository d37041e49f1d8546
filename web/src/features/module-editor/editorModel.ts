// Pure editing rules of a module draft: blank content and steps, reordering, and where validation issues belong.
import type { ContentIssue, LocalisedText, ModuleContent, ModuleStep, QuizKind, StepKind } from '@fit/shared';
import { moveItem } from './moveItem';

export { moveItem };

export function emptyContent(): ModuleContent {
  return {
    title: { fr: '', en: '' },
    summary: { fr: '', en: '' },
    trades: [],
    topic: '',
    estimatedMinutes: 10,
    languages: ['fr', 'en'],
    outcomes: [],
    passMark: 0.75,
    steps: [],
  };
}

const blank = (): LocalisedText => ({});

/** An id not used yet in the list, readable in exports and records (e.g. "quiz-2"). */
export function freeId(prefix: string, used: string[]): string {
  for (let n = 1; ; n++) if (!used.includes(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function newStep(kind: StepKind, used: string[]): ModuleStep {
  const id = freeId(kind, used);
  switch (kind) {
    case 'text':
      return { id, kind, body: blank(), pictograms: [] };
    case 'image':
      return { id, kind, mediaId: '', alt: blank() };
    case 'video':
    case 'audio':
      return { id, kind, mediaId: '' };
    case 'quiz':
      return {
        id,
        kind,
        question: {
          kind: 'single',
          prompt: blank(),
          options: [
            { id: 'a', label: blank() },
            { id: 'b', label: blank() },
          ],
          correct: [],
          feedback: { correct: blank(), incorrect: blank() },
        },
      };
    case 'practical':
      return { id, kind, instructions: blank(), checklist: [{ id: 'item-1', label: blank() }], photoRequired: false, signOffRequired: false };
    case 'bim':
      return { id, kind, instructions: blank(), bindings: [] };
  }
}

/** Changing the question kind keeps the options and makes the right answer fit the new kind. */
export function correctForKind(kind: QuizKind, optionIds: string[], correct: string[]): string[] {
  if (kind === 'ordering') return optionIds;
  const kept = correct.filter((id) => optionIds.includes(id));
  return kind === 'multiple' ? kept : kept.slice(0, 1);
}

/** Issues that belong to a field: its own path and everything under it. */
export function issuesAt(issues: ContentIssue[] | undefined, path: string): string[] {
  if (!issues) return [];
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`)).map((i) => i.message);
}

/** Issues of the field itself only (not of its children), so a message shows once, next to its field. */
export function issuesExactly(issues: ContentIssue[] | undefined, path: string): string[] {
  if (!issues) return [];
  return issues.filter((i) => i.path === path || i.path.replace(/\.(fr|en)$/, '') === path).map((i) => i.message);
}

export function parseList(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
