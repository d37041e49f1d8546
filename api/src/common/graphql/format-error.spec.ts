import { describe, expect, it, jest } from '@jest/globals';
import { ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DomainError } from '../errors/domain-error.js';
import { createErrorFormatter } from './format-error.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });

describe(createErrorFormatter.name, () => {
  const log = { error: jest.fn() };
  const sut = createErrorFormatter(log as never);

  it('keeps the code and message of a domain error', () => {
    const out = sut({ message: 'x' }, wrap(new DomainError('NOT_FOUND', 'Site was not found.')));
    expect(out).toMatchObject({ message: 'Site was not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('maps an HTTP exception from a guard or pipe to its code', () => {
    const out = sut({ message: 'x' }, wrap(new ForbiddenException('No.')));
    expect(out.extensions?.code).toBe('FORBIDDEN');
  });

  it('hides unexpected errors behind a generic message and logs them', () => {
    const out = sut(
      { message: 'relation "secret_table" does not exist', extensions: { stacktrace: ['at db.js:1'] } },
      wrap(new Error('relation "secret_table" does not exist')),
    );
    expect(out.message).toBe('Something went wrong on our side. Please try again.');
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(out)).not.toContain('secret_table');
    expect(log.error).toHaveBeenCalled();
  });

  it("lets GraphQL's own validation errors through, since they describe the query", () => {
    const out = sut(
      { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError('Cannot query field "nope" on type "Query".'),
    );
    expect(out).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
