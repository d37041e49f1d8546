// Maps domain errors to HTTP answers on REST routes; on GraphQL they pass through to the one error formatter.
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
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

@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    if (error.code === 'UNAUTHENTICATED' || error.code === 'INVALID_CREDENTIALS') {
      res.setHeader('WWW-Authenticate', 'Basic realm="FIT xAPI", Bearer');
    }
    res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, ...error.details });
    return undefined;
  }
}
