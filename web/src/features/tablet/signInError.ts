// Turns a refused tablet sign-in into what the worker reads: attempts left, or how long the lock lasts.
import type { TFunction } from 'i18next';
import { errorCode, GraphQLRequestError, isOfflineError } from '../../graphql/client';

/** The server locks a worker on a tablet after this many wrong PINs in a row. */
export const MAX_PIN_ATTEMPTS = 5;

export interface SignInFeedback {
  message: string;
  locked: boolean;
}

export function pinErrorFeedback(error: unknown, wrongSoFar: number, t: TFunction): SignInFeedback {
  if (isOfflineError(error)) return { message: t('tablet.errors.offline'), locked: false };
  const code = errorCode(error);
  if (code === 'RATE_LIMITED') {
    const seconds = error instanceof GraphQLRequestError ? Number(error.details.retryAfterSeconds) : NaN;
    const minutes = Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : 15;
    return { message: t('tablet.pin.locked', { count: minutes }), locked: true };
  }
  if (code === 'INVALID_CREDENTIALS' && /no pin/i.test(error instanceof Error ? error.message : '')) {
    return { message: t('tablet.pin.noPin'), locked: false };
  }
  if (code === 'INVALID_CREDENTIALS') {
    const left = Math.max(1, MAX_PIN_ATTEMPTS - wrongSoFar);
    return { message: t('tablet.pin.wrong', { count: left }), locked: false };
  }
  if (code === 'UNAUTHENTICATED') return { message: t('tablet.picker.notEnrolled'), locked: true };
  return { message: t('errors.unexpected'), locked: false };
}
