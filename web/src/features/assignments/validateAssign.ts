// Checks the assign form before it is sent: a version, a target, a due date not in the past.
import { todayAt } from '@fit/shared';

export type AssignTarget = 'workers' | 'team' | 'site';

export interface AssignForm {
  moduleVersionId: string;
  target: AssignTarget;
  workerIds: string[];
  teamId: string;
  siteId: string;
  dueOn: string;
  reason: string;
}

export type AssignErrors = Partial<Record<'moduleVersionId' | 'target' | 'dueOn', 'required' | 'past'>>;

/**
 * Today (YYYY-MM-DD) where the assignment's work happens: at the chosen site, in its time zone, else in the default
 * zone — the rule the API applies, so a due date accepted here is accepted there.
 */
export function assignToday(siteId: string, sites: readonly { id: string; timeZone: string }[], now = new Date()): string {
  return todayAt(sites.find((s) => s.id === siteId)?.timeZone, now);
}

export function validateAssign(form: AssignForm, today: string): AssignErrors {
  const errors: AssignErrors = {};
  if (!form.moduleVersionId) errors.moduleVersionId = 'required';
  const hasTarget =
    form.target === 'workers' ? form.workerIds.length > 0 : form.target === 'team' ? !!form.teamId : !!form.siteId;
  if (!hasTarget) errors.target = 'required';
  if (!form.dueOn) errors.dueOn = 'required';
  else if (form.dueOn < today) errors.dueOn = 'past';
  return errors;
}

/** The mutation input for a valid form: only the chosen target, the site kept as context when known. */
export function assignInput(form: AssignForm) {
  const reason = form.reason.trim() || undefined;
  const siteId = form.siteId || undefined;
  const base = { moduleVersionId: form.moduleVersionId, dueOn: form.dueOn, reason };
  if (form.target === 'workers') return { ...base, workerIds: form.workerIds, siteId };
  if (form.target === 'team') return { ...base, teamId: form.teamId, siteId };
  return { ...base, siteId };
}
