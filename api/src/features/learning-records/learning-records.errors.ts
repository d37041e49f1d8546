// Error messages of the learning-records feature, written for whoever integrates a client.
import { DomainError, badInput, conflict, forbidden } from '../../common/errors/domain-error.js';

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

export const actorNotAllowed = (index: number) =>
  forbidden(`statements[${index}]: you can only record statements about yourself.`);

export const actorNotMember = (index: number) =>
  forbidden(`statements[${index}]: the actor is not a member of this organisation.`);

export const voidTargetMissing = (ids: string[]) =>
  badInput(`A voiding statement refers to a statement that does not exist, is already voided, is not yours to void, or is itself a voiding statement: ${ids.join(', ')}.`);
