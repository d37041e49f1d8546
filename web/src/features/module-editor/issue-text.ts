// A module problem in the author's language: the shared check names it by code, place and values (see
// @fit/shared content-problems.ts), and the words come from the `editor.issue` texts.
import type { ContentIssue } from '@fit/shared';
import type { TFunction } from 'i18next';

// Keys are built from the problem's code and place: checked by issue-text.test.ts, not by the typed keys of t().
type Say = (key: string, options?: Record<string, unknown>) => string;

export function issueText(issue: ContentIssue, translate: TFunction): string {
  const t = translate as unknown as Say;
  const { code, params, place } = issue;
  const problemKey = `editor.issue.problem.${code}`;
  // A problem only the server knows (e.g. a media id of another organisation) comes worded already.
  if (!code || (code !== 'tooFew' && !t(problemKey, { defaultValue: '' }))) return issue.message;
  // Where the form offers a choice (a list, boxes to tick), the problem is said in the form's terms, not the file's.
  const field = place.scope === 'module' ? place.field : '';
  const inForm = t(`editor.issue.problemAt.${field}.${code}`, { defaultValue: '' });
  const problem = inForm || (code === 'tooFew' ? t(problemKey, { count: params.min ?? 1 }) : t(problemKey, { ...params }));
  return t('editor.issue.line', { place: placeText(place, t), problem });
}

function placeText(place: ContentIssue['place'], t: Say): string {
  if (place.scope === 'module') return place.field ? t(`editor.issue.moduleField.${place.field}`) : t('editor.issue.module');
  if (place.scope === 'steps') return t('editor.issue.steps');
  if (place.field === 'kind') return t('editor.issue.stepKind', { step: place.step });
  const field = t(`editor.issue.field.${place.field}`, { item: place.item, defaultValue: place.field });
  return t('editor.issue.step', { step: place.step, kind: place.kind, kindName: t(`steps.${place.kind}`, { defaultValue: place.kind }), field });
}

/** The problems with their words in the author's language, for the forms that show each next to its field. */
export const inLanguage = (issues: ContentIssue[] | undefined, t: TFunction): ContentIssue[] | undefined =>
  issues?.map((issue) => ({ ...issue, message: issueText(issue, t) }));
