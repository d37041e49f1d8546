// Words for the problems content-schema.ts finds: in English for the API and logs; the web shows the same codes,
// places and values in the user's language (web/src/features/module-editor/issue-text.ts).
import { BIM_CONDITION_OPS, QUIZ_KINDS, STEP_KINDS } from './content.js';

/** What one problem is about, with the values its words need. */
export interface ContentProblemParams {
  value?: string;
  lang?: string;
  min?: number;
  max?: number;
  list?: string;
}

/** Where a problem is: the module field, the steps list, or a field of step `step` (1-based) of kind `kind`. */
export type ContentPlace =
  | { scope: 'module'; field: string }
  | { scope: 'steps' }
  | { scope: 'step'; step: number; kind?: string; field: string; item?: number };

export const CONTENT_PROBLEMS: Record<string, string> = {
  object: 'must be an object',
  text: 'must be a text with one entry per language, e.g. { "fr": "…", "en": "…" }',
  langCode: '"{value}" is not a two-letter language code',
  textNotString: 'the {lang} text must be a string',
  textTooLong: 'the {lang} text is longer than {max} characters',
  textEmpty: 'is empty in every language',
  textMissingFallback: "is missing in {lang}, the module's first language (needed as the fallback)",
  id: 'must be an id of letters, digits, "-" or "_" (up to 64)',
  idTwice: 'the id "{value}" is used twice',
  media: 'must name an uploaded media file',
  boolean: 'must be true or false',
  list: 'must be a list',
  tooFew: 'needs at least {min} item(s)',
  tooMany: 'has more than {max} items',
  languageTwice: 'lists a language twice',
  trade: 'each trade must be a lower-case code like "insulation"',
  topic: 'must be a lower-case code like "airtightness"',
  minutes: 'must be a whole number of minutes from {min} to {max}',
  outcome: '"{value}" is not an outcome code like ULO-AIR-01',
  passMark: 'must be a share between 0 and 1 (e.g. 0.75)',
  unknownField: '"{value}" is not a module field',
  stepKind: '"{value}" is not a step kind ({list})',
  pictogram: '"{value}" is not a known pictogram',
  quizKind: 'must be one of {list}',
  notAnOption: '"{value}" is not one of the options',
  optionTwice: 'names an option twice',
  singleAnswer: 'a single-choice question has exactly one right option',
  orderingAnswer: 'an ordering question lists every option once, in the right order',
  globalId: 'must be an IFC GlobalId (22 characters)',
  bindingBoth: 'a binding names either elements (GlobalIds) or an IFC class, not both',
  ifcClass: 'must be an IFC class name like IfcWindow',
  predefinedType: 'must be an IFC predefined type in capitals, e.g. INSULATION',
  property: 'needs a property name, e.g. IsExternal',
  equals: 'must be a text, number or true/false',
  op: 'must be one of {list}',
  comparison: 'a comparison needs a number',
};

/** The lists some problems name (the allowed values), by problem code. */
export const PROBLEM_LISTS: Record<string, string> = { stepKind: STEP_KINDS.join(', '), quizKind: QUIZ_KINDS.join(', '), op: BIM_CONDITION_OPS.join(', ') };

const MODULE_FIELDS: Record<string, string> = {
  title: 'Module title',
  summary: 'Module summary',
  languages: 'Module languages',
  trades: 'Module trades',
  topic: 'Module topic',
  estimatedMinutes: 'Module duration',
  outcomes: 'Module learning outcomes',
  passMark: 'Module pass mark',
  practicalRequiredForAward: 'Practical required for award',
  steps: 'Module steps',
};

/** The place of a path in a module, as the editor names it (the step's kind read from the content itself). */
export function contentPlace(path: readonly PropertyKey[], content: unknown): ContentPlace {
  const [top, index, field, ...rest] = path;
  if (top !== 'steps') return { scope: 'module', field: typeof top === 'string' && top in MODULE_FIELDS ? top : '' };
  if (typeof index !== 'number' || field === undefined || field === 'id') return { scope: 'steps' };
  const kind = (content as { steps?: { kind?: unknown }[] } | null)?.steps?.[index]?.kind;
  const step = index + 1;
  if (field === 'kind') return { scope: 'step', step, field: 'kind' };
  const place = (f: string, item?: number) => ({ scope: 'step' as const, step, kind: String(kind), field: f, ...(item !== undefined ? { item: item + 1 } : {}) });
  if (field === 'mediaId') return place(String(kind));
  if (field === 'checklist') return typeof rest[0] === 'number' && rest[1] === 'label' ? place('checklistItem', rest[0]) : place('checklist');
  if (field === 'bindings') return typeof rest[0] === 'number' ? place('binding', rest[0]) : place('bindings');
  if (field !== 'question') return place(String(field));
  const [part, j, sub] = rest;
  if (part === 'options' && typeof j === 'number' && (sub === 'label' || sub === 'mediaId')) return place(sub === 'label' ? 'optionLabel' : 'optionPicture', j);
  if (part === 'feedback' && (j === 'correct' || j === 'incorrect')) return place(j === 'correct' ? 'feedbackCorrect' : 'feedbackIncorrect');
  const fields: Record<string, string> = { kind: 'questionKind', prompt: 'questionPrompt', options: 'options', correct: 'correct', feedback: 'feedback' };
  return place(fields[String(part)] ?? 'question');
}

const STEP_FIELDS: Record<string, string> = {
  alt: 'alt text',
  checklistItem: 'checklist item {item}',
  binding: 'binding {item}',
  questionKind: 'question kind',
  questionPrompt: 'question prompt',
  optionLabel: 'option {item} label',
  optionPicture: 'option {item} picture',
  correct: 'correct answer',
  feedbackCorrect: 'feedback when right',
  feedbackIncorrect: 'feedback when wrong',
};

/** "Step 5 (quiz) correct answer", "Module title", "Module steps". */
export function placeInEnglish(place: ContentPlace): string {
  if (place.scope === 'module') return MODULE_FIELDS[place.field] ?? 'Module';
  if (place.scope === 'steps') return MODULE_FIELDS.steps!;
  if (place.field === 'kind') return `Step ${place.step}`;
  return `Step ${place.step} (${place.kind}) ${fill(STEP_FIELDS[place.field] ?? place.field, { item: place.item })}`;
}

export function problemInEnglish(code: string, params: ContentProblemParams): string {
  const words = CONTENT_PROBLEMS[code] ?? code;
  return fill(code === 'tooFew' ? words.replace('(s)', params.min === 1 ? '' : 's') : words, { ...params });
}

function fill(words: string, values: { [key: string]: unknown }): string {
  return words.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
