// Training module content: model, validation, localisation and quiz scoring.
export * from './content.js';
// The validator itself (zod) loads from '@fit/shared/validation'; its types and words are here.
export type { ContentIssue, ContentValidation, ValidateOptions } from './validate.js';
export * from './content-problems.js';
export * from './localise.js';
export * from './scoring.js';
export * from './bim-bindings.js';
export * from './vocabulary.js';
