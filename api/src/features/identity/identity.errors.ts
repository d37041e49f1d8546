// Error messages of the identity feature, worded for the person at the login screen.
import { DomainError } from '../../common/errors/domain-error.js';

export const invalidCredentials = () =>
  new DomainError('INVALID_CREDENTIALS', 'This email and password do not match an account.');

export const noMembership = () =>
  new DomainError('FORBIDDEN', 'Your account is not a member of any organisation yet. Ask your manager for an invitation.');

export const deactivatedMember = () =>
  new DomainError('FORBIDDEN', 'Your access to this organisation was deactivated. Ask its manager if this is a mistake.', {
    reason: 'MEMBERSHIP_DEACTIVATED',
  });
