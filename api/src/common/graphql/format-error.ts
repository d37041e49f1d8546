// The one place that turns any thrown error into what a GraphQL client sees: a code and a safe message.
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../errors/database-unavailable.js';
import { DomainError, type ErrorCode } from '../errors/domain-error.js';
import { QUERY_LIMIT_CODES } from './query-limits.js';

// Codes produced by GraphQL itself (parse, validation, variables): their messages are about the query, safe to show.
const GRAPHQL_OWN_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

export function createErrorFormatter(log: Pick<Logger, 'error'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()];
      if (code) return { ...base, message: httpMessage(original), extensions: { code } };
    }
    // Our query limits run as validation rules; Apollo relabels them GRAPHQL_VALIDATION_FAILED, so restore their code.
    if (original instanceof GraphQLError && QUERY_LIMIT_CODES.has(String(original.extensions.code))) {
      return { ...base, message: original.message, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && GRAPHQL_OWN_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    if (isDatabaseUnavailable(original)) {
      return { ...base, message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS } };
    }
    log.error({ err: original }, 'unexpected error while answering a GraphQL request');
    return { ...base, message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

// ValidationPipe puts the list of field problems in the response body; join them into one readable sentence.
function httpMessage(error: HttpException): string {
  const body = error.getResponse();
  if (typeof body === 'object' && body && 'message' in body) {
    const message = (body as { message: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return error.message;
}

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}
