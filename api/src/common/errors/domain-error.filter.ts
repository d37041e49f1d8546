// Maps domain errors to HTTP answers on REST routes, and a database that is restarting or unreachable to 503;
// the rest goes to Nest's own handling. On GraphQL errors pass through to the one error formatter.
import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable.js';
import { DomainError, type ErrorCode } from './domain-error.js';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  INVALID_CREDENTIALS: 401,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
};

@Catch()
export class DomainErrorFilter extends BaseExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') {
      // GraphQL: a domain error becomes the field's error; anything else goes on to the error formatter as thrown.
      if (error instanceof DomainError) return error;
      throw error;
    }
    const res = host.switchToHttp().getResponse<Response>();
    if (!(error instanceof DomainError)) {
      if (!isDatabaseUnavailable(error)) return super.catch(error, host);
      res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      res.status(503).json({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE });
      return undefined;
    }
    if (error.code === 'UNAUTHENTICATED' || error.code === 'INVALID_CREDENTIALS') {
      res.setHeader('WWW-Authenticate', 'Basic realm="FIT xAPI", Bearer');
    }
    res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, ...error.details });
    return undefined;
  }
}
