// '@fit/shared/validation': the zod schemas and the validators built on them, apart from the package's main entry so
// that the tablet's first load carries no validation code (it imports this lazily).
export { validateStatement, validateActor, MAX_JSON_DEPTH, INTERACTION_COMPONENTS, type ValidationResult, type StatementValidationOptions } from '../xapi/validate-statement.js';
export { StatementSchema, Statement10Schema, ActorSchema } from '../xapi/statement-schema.js';
export { validateModuleContent } from '../modules/validate.js';
export { moduleContentSchema } from '../modules/content-schema.js';
export { CONTENT_PROBLEMS, PROBLEM_LISTS, contentPlace, placeInEnglish, problemInEnglish } from '../modules/content-problems.js';
export { formatPath, problems, issueMessages, type Problem } from './issues.js';
