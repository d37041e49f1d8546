// Error cases of the qualifications feature, thrown as domain errors with stable codes.
import { badInput, conflict, notFound } from '../../common/errors/domain-error.js';
import type { RowError } from './framework-file.js';

export const invalidFrameworkFile = (errors: RowError[]) =>
  badInput(`The framework file has ${errors.length} problem${errors.length === 1 ? '' : 's'}; nothing was imported.`, { errors });
export const frameworkAlreadyImported = (code: string, version: string) =>
  conflict(`Version ${version} of framework ${code} is already imported; give the new one another version.`);
export const noFramework = () => notFound('A reference framework');
export const workerNotFound = () => notFound('This worker');
/** Same details as a refused file (`errors: [{ path, message }]`, paths of the file shape), so forms can place them. */
export const invalidFrameworkEdit = (errors: RowError[]) =>
  badInput(`This change leaves ${errors.length} problem${errors.length === 1 ? '' : 's'} in the framework; nothing was saved.`, { errors });
export const frameworkReplaced = () => conflict('A new framework version was imported while you were saving; nothing was saved. Please try again.');
