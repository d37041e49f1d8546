// Errors the services throw on purpose: a stable code for clients and a message safe to show a user.
import { IntrinsicException } from '@nestjs/common';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'INVALID_CREDENTIALS',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

// IntrinsicException: an expected outcome, so Nest does not log it as a server error.
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'Please sign in first.') => new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => new DomainError('FORBIDDEN', message);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);
