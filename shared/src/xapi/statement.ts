// The xAPI statement types FIT stores, inferred from the zod schemas of statement-schema.ts. Type-only here, so the
// package's main entry carries no validation code: the validators load from '@fit/shared/validation'.
export type {
  LanguageMap,
  Agent,
  Group,
  Actor,
  Verb,
  Activity,
  InteractionComponent,
  StatementRef,
  Statement,
  SubStatement,
  StatementObject,
  Attachment,
  ContextAgent,
  ContextGroup,
  Score,
  Result,
  Context,
} from './statement-schema.js';
