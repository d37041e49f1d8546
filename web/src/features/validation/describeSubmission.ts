// Names a practical submission for the trainer: module title, step title and ticked items, from the module's content.
import type { ModuleContent, PracticalStep } from '@fit/shared';

export interface KnownVersion {
  id: string;
  title: string;
  version?: number;
  content: ModuleContent;
}

export interface SubmissionLabel {
  module?: string;
  /** The version the task was done on: a module may have been republished since. */
  version?: number;
  step?: string;
  ticked: string[];
}

const STEP_IN_ACTIVITY = /\/steps\/([^/?#]+)$/;

function text(value: Partial<Record<string, string>> | undefined, lang: string): string | undefined {
  if (!value) return undefined;
  // The interface language may carry a region (fr-FR); module texts are keyed by the bare language.
  return value[lang.split('-')[0]!] || Object.values(value).find((v) => !!v);
}

export function describeSubmission(
  submission: { activityId: string; moduleVersionId?: string | null; response?: string | null },
  versions: readonly KnownVersion[],
  lang: string,
): SubmissionLabel {
  const version = versions.find((v) => v.id === submission.moduleVersionId);
  const stepId = STEP_IN_ACTIVITY.exec(submission.activityId)?.[1];
  const step = version?.content.steps.find((s) => s.id === stepId) as PracticalStep | undefined;
  // The tablet sends the ticked checklist item ids, comma-separated; anything else is shown as the worker sent it.
  const ids = (submission.response ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const ticked = ids.map((id) => text(step?.checklist?.find((item) => item.id === id)?.label, lang) ?? id);
  return { module: version?.title, version: version?.version, step: text(step?.title, lang), ticked };
}
