// Error messages of assignments, for the trainer at the assignment form.
import { badInput } from '../../common/errors/domain-error.js';

export const nobodyToAssign = () =>
  badInput('Choose who this is for: workers, a team, or a site (its whole crew).');

export const dueInThePast = () => badInput('The due date cannot be in the past.');

export const notPublished = () => badInput('Only a published version can be assigned; publish the draft first.');

export const emptyTarget = () => badInput('This team or site has no workers yet; add workers first.');

export const alreadyClosed = () => badInput('This assignment is already closed.');
