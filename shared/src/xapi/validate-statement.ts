// Validates an incoming xAPI statement against the schemas of statement.ts and says precisely what is wrong, with the
// JSON path of each problem ("statement.result.score.raw must not be above max").
import { ActorSchema, Statement10Schema, StatementSchema, type Statement } from './statement-schema.js';
import { issueMessages } from '../validation/issues.js';

export { INTERACTION_COMPONENTS } from './statement-schema.js';

export type ValidationResult = { ok: true; statement: Statement } | { ok: false; errors: string[] };

/** Extensions may hold any JSON, but a document nested deeper than this is an attack, not a learning record. */
export const MAX_JSON_DEPTH = 32;

export interface StatementValidationOptions {
  /** The statement must carry its id (the tablet makes every id itself). */
  requireId?: boolean;
  /** The xAPI version the client speaks (its X-Experience-API-Version header): 1.0.x lacks 2.0's additions. */
  version?: string;
}

const xapiWords = { unknownKey: 'is not an xAPI property' };

export function validateStatement(input: unknown, options: StatementValidationOptions = {}): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ok: false, errors: ['statement must be an object'] };
  // Before any rule reads it: what PostgreSQL cannot store (NUL, lone surrogates) or what would exhaust a
  // recursive walk must come back as a 400 naming the place, not as a failure deep in the store.
  const hostile = checkJsonValues(input, 'statement');
  if (hostile.length) return { ok: false, errors: hostile };
  const schema = options.version?.startsWith('1.0') ? Statement10Schema : StatementSchema;
  const parsed = schema.safeParse(input);
  const errors = parsed.success ? [] : issueMessages(parsed.error.issues, 'statement', xapiWords);
  if (options.requireId && (input as { id?: unknown }).id === undefined) errors.unshift('statement.id must be a UUID');
  return parsed.success && !errors.length ? { ok: true, statement: parsed.data } : { ok: false, errors };
}

/** Problems with an Agent or Group given on its own (the `agent` parameter of a statement query); empty when valid. */
export function validateActor(input: unknown, path = 'agent'): string[] {
  const parsed = ActorSchema.safeParse(input);
  return parsed.success ? [] : issueMessages(parsed.error.issues, path, xapiWords);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/;

// An explicit stack, not recursion: the point is to survive a document nested thousands deep.
function checkJsonValues(root: unknown, rootPath: string): string[] {
  const errors: string[] = [];
  const checkText = (text: string, path: string) => {
    if (text.includes('\u0000')) errors.push(`${path} contains a NUL character (\\u0000)`);
    if (LONE_SURROGATE.test(text)) errors.push(`${path} contains a lone UTF-16 surrogate (not valid Unicode)`);
  };
  const stack: [unknown, string, number][] = [[root, rootPath, 0]];
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      checkText(value, path);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) {
      errors.push(`${path} is nested deeper than ${MAX_JSON_DEPTH} levels`);
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push([value[i], `${path}[${i}]`, depth + 1]);
      continue;
    }
    for (const key in value) {
      const childPath = PLAIN_KEY.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      checkText(key, `${childPath} (the key)`);
      stack.push([(value as Record<string, unknown>)[key], childPath, depth + 1]);
    }
  }
  return errors;
}
