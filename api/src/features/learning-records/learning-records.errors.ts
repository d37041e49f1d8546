// Error messages of the learning-records feature, written for whoever integrates a client.
import { DomainError, badInput, conflict } from '../../common/errors/domain-error.js';
import type { Refusal } from './statement-authority.js';

export const MAX_BATCH = 1000;

export const emptyBatch = () => badInput('Send at least one statement.');

export const batchTooLarge = (count: number) =>
  new DomainError('PAYLOAD_TOO_LARGE', `Send at most ${MAX_BATCH} statements per request (this one had ${count}).`);

export const invalidStatements = (reasons: string[]) =>
  badInput(
    `${reasons.length === 1 ? 'A statement is' : `${reasons.length} problems make statements`} not valid xAPI: ${reasons.slice(0, 5).join('; ')}${reasons.length > 5 ? '; …' : ''}`,
    { reasons },
  );

export const conflictingStatements = (ids: string[]) =>
  conflict(`A different statement was already stored with the id ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}. Statement ids cannot be reused.`, { ids });

/** 403 naming the broken rule; `refused` lists each refused statement (index, id, rule, reason) for clients to set aside. */
export const statementsRefused = (refused: Refusal[]) => {
  const first = refused[0]!;
  const more = refused.length > 1 ? ` (and ${refused.length - 1} more)` : '';
  return new DomainError('FORBIDDEN', `statements[${first.index}] refused (${first.rule}): ${first.reason}${more}. Nothing in this batch was stored.`, { refused });
};

export const voidTargetMissing = (ids: string[]) =>
  badInput(`A voiding statement refers to a statement that does not exist, is already voided, is not yours to void, or is itself a voiding statement: ${ids.join(', ')}.`);
