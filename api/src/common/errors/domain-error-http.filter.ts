// REST routes answer domain errors with the matching HTTP status and the same { code, message } GraphQL clients get.
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type ErrorCode } from './domain-error.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    res.status(STATUS[error.code]).json({ code: error.code, message: error.message, ...error.details });
  }
}
