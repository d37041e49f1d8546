// Training module content: model, validation, localisation and quiz scoring.
export * from './content.js';
// The validator (zod) and its English words load from '@fit/shared/validation'; only their types are here.
export type { ContentIssue, ContentValidation, ValidateOptions } from './validate.js';
export type { ContentPlace, ContentProblemParams } from './content-problems.js';
export * from './localise.js';
export * from './scoring.js';
export * from './bim-bindings.js';
export * from './vocabulary.js';
