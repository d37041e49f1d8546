// Checks the add-worker form before sending it, so each mistake is named next to its field.
export interface WorkerDraft {
  displayName: string;
  language: string;
  trade: string;
  email: string;
}

export type WorkerErrors = Partial<Record<keyof WorkerDraft, 'required' | 'invalid'>>;

export function validateWorker(draft: WorkerDraft): WorkerErrors {
  const errors: WorkerErrors = {};
  if (draft.displayName.trim().length < 2) errors.displayName = 'required';
  if (!draft.trade.trim()) errors.trade = 'required';
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(draft.language)) errors.language = 'invalid';
  if (draft.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) errors.email = 'invalid';
  return errors;
}

export { isValidPin } from '@fit/shared';
