// Errors of the training-modules feature, with messages an author can act on.
import { DomainError, badInput, notFound, type ErrorCode } from '../../common/errors/domain-error.js';
import type { ContentIssue } from '@fit/shared';

export const moduleNotFound = () => notFound('This training module');
export const versionNotFound = () => notFound('This module version');

export const invalidContent = (issues: ContentIssue[]) =>
  badInput(`The module content has ${issues.length} problem${issues.length > 1 ? 's' : ''}: ${issues.map((i) => i.message).join('; ')}`, {
    issues,
  });

export const nothingToPublish = () =>
  new DomainError('CONFLICT' satisfies ErrorCode, 'This module has no draft to publish: edit it first.');

export const publishedIsFrozen = () =>
  new DomainError('CONFLICT' satisfies ErrorCode, 'A published version cannot change; edit the module to make a new draft.');
