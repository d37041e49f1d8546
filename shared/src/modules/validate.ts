// Checks untrusted module content (editor, API input, imported packages) against content-schema.ts and explains every
// problem by step and field.
import { formatPath, problems } from '../validation/issues.js';
import { CONTENT_LIMITS, type ModuleContent } from './content.js';
import { PROBLEM_LISTS, contentPlace, placeInEnglish, problemInEnglish, type ContentPlace, type ContentProblemParams } from './content-problems.js';
import { moduleContentSchema } from './content-schema.js';

export interface ContentIssue {
  /** Where, e.g. `steps[2].question.correct`. */
  path: string;
  /** For people, in English: names the step (number and kind) and the field. */
  message: string;
  /** The problem (a key of CONTENT_PROBLEMS) and its values, for words in another language. */
  code: string;
  params: ContentProblemParams;
  place: ContentPlace;
}

export type ContentValidation = { ok: true; content: ModuleContent } | { ok: false; issues: ContentIssue[] };

export interface ValidateOptions {
  /** Publishing asks more: at least one step, and every text present in the fallback (first) language. */
  forPublish?: boolean;
}

// One schema per set of rules: the editor checks the same draft again and again.
const schemas = new Map<string, ReturnType<typeof moduleContentSchema>>();
function schemaFor(forPublish: boolean, fallbackLang: string | undefined) {
  const key = `${forPublish}|${fallbackLang ?? ''}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = moduleContentSchema({ forPublish, fallbackLang })));
  return schema;
}

export function validateModuleContent(input: unknown, options: ValidateOptions = {}): ContentValidation {
  const languages = (input as { languages?: unknown } | null)?.languages;
  const fallback = Array.isArray(languages) && typeof languages[0] === 'string' && /^[a-z]{2}$/.test(languages[0]) ? languages[0] : undefined;
  const parsed = schemaFor(options.forPublish ?? false, fallback).safeParse(input);
  if (parsed.success) return { ok: true, content: parsed.data };
  const issues = problems(parsed.error.issues, 'unknownField').map((p): ContentIssue => {
    // A bad language key is a problem of the whole text: shown with the text, naming the key.
    const path = p.code === 'invalid_key' ? p.path.slice(0, -1) : p.path;
    const code = p.message;
    const last = p.path.at(-1);
    const params: ContentProblemParams = {
      value: p.detail !== undefined && typeof p.detail === 'string' ? p.detail : valueAt(input, path),
      ...(code === 'textNotString' || code === 'textTooLong' ? { lang: String(last) } : {}),
      ...(code === 'textMissingFallback' ? { lang: fallback } : {}),
      ...(code === 'minutes' ? { min: CONTENT_LIMITS.minMinutes, max: CONTENT_LIMITS.maxMinutes } : {}),
      ...(typeof p.detail === 'number' ? { [code === 'tooMany' || code === 'textTooLong' ? 'max' : 'min']: p.detail } : {}),
      ...(PROBLEM_LISTS[code] ? { list: PROBLEM_LISTS[code] } : {}),
    };
    const place = contentPlace(path, input);
    return { path: formatPath('', path), message: `${placeInEnglish(place)}: ${problemInEnglish(code, params)}`, code, params, place };
  });
  return { ok: false, issues };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): string {
  let value = root;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | null | undefined)?.[key];
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
