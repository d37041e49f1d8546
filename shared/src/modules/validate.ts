// Checks untrusted module content (editor, API input, imported packages) and explains every problem by step and field.
import {
  BIM_CONDITION_OPS,
  PICTOGRAMS,
  QUIZ_KINDS,
  STEP_KINDS,
  type ModuleContent,
  type ModuleStep,
} from './content.js';

export interface ContentIssue {
  /** Where, e.g. `steps[2].question.correct`. */
  path: string;
  /** For people: names the step (number and kind) and the field. */
  message: string;
}

export type ContentValidation = { ok: true; content: ModuleContent } | { ok: false; issues: ContentIssue[] };

export interface ValidateOptions {
  /** Publishing asks more: at least one step, and every text present in the fallback (first) language. */
  forPublish?: boolean;
}

export const CONTENT_LIMITS = {
  maxSteps: 60,
  maxTextLength: 10_000,
  maxShortTextLength: 300,
  maxOptions: 10,
  maxChecklistItems: 30,
  maxBindings: 30,
  maxBoundElements: 500,
  minMinutes: 1,
  maxMinutes: 60,
} as const;

const LANG = /^[a-z]{2}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
const IFC_CLASS = /^Ifc[A-Z][A-Za-z0-9]*$/;
// IFC's compressed GUID: 22 characters of 0-9, A-Z, a-z, _ and $.
const GLOBAL_ID = /^[0-9A-Za-z_$]{22}$/;
const SLUGGISH = /^[a-z0-9][a-z0-9-]{0,63}$/;

type Obj = Record<string, unknown>;

class Checker {
  readonly issues: ContentIssue[] = [];
  constructor(readonly forPublish: boolean, readonly fallbackLang: string | undefined) {}

  add(path: string, where: string, problem: string): void {
    this.issues.push({ path, message: `${where}: ${problem}` });
  }

  object(value: unknown, path: string, where: string): Obj | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Obj;
    this.add(path, where, 'must be an object');
    return undefined;
  }

  text(value: unknown, path: string, where: string, { required = true, long = true } = {}): void {
    if (value === undefined && !required) return;
    const text = value as Obj;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.add(path, where, 'must be a text with one entry per language, e.g. { "fr": "…", "en": "…" }');
    }
    const max = long ? CONTENT_LIMITS.maxTextLength : CONTENT_LIMITS.maxShortTextLength;
    const entries = Object.entries(text);
    for (const [lang, s] of entries) {
      if (!LANG.test(lang)) this.add(path, where, `"${lang}" is not a two-letter language code`);
      else if (typeof s !== 'string') this.add(`${path}.${lang}`, where, `the ${lang} text must be a string`);
      else if (s.length > max) this.add(`${path}.${lang}`, where, `the ${lang} text is longer than ${max} characters`);
    }
    const filled = entries.filter(([, s]) => typeof s === 'string' && s.trim() !== '');
    if (required && filled.length === 0) this.add(path, where, 'is empty in every language');
    else if (this.forPublish && required && this.fallbackLang && !(typeof text[this.fallbackLang] === 'string' && (text[this.fallbackLang] as string).trim())) {
      this.add(path, where, `is missing in ${this.fallbackLang}, the module's first language (needed as the fallback)`);
    }
  }

  id(value: unknown, path: string, where: string): value is string {
    if (typeof value === 'string' && ID.test(value)) return true;
    this.add(path, where, 'must be an id of letters, digits, "-" or "_" (up to 64)');
    return false;
  }

  mediaId(value: unknown, path: string, where: string): void {
    if (typeof value !== 'string' || value.trim() === '' || value.length > 200) this.add(path, where, 'must name an uploaded media file');
  }

  boolean(value: unknown, path: string, where: string): void {
    if (typeof value !== 'boolean') this.add(path, where, 'must be true or false');
  }

  list(value: unknown, path: string, where: string, min: number, max: number): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.add(path, where, 'must be a list');
      return undefined;
    }
    if (value.length < min) this.add(path, where, `needs at least ${min} item${min > 1 ? 's' : ''}`);
    if (value.length > max) this.add(path, where, `has more than ${max} items`);
    return value;
  }

  uniqueIds(items: unknown[], path: string, where: string): string[] {
    const ids: string[] = [];
    items.forEach((item, i) => {
      const o = this.object(item, `${path}[${i}]`, where);
      if (o && this.id(o.id, `${path}[${i}].id`, where)) {
        if (ids.includes(o.id)) this.add(`${path}[${i}].id`, where, `the id "${o.id}" is used twice`);
        ids.push(o.id);
      }
    });
    return ids;
  }
}

export function validateModuleContent(input: unknown, options: ValidateOptions = {}): ContentValidation {
  const languages = (input as Obj | null)?.languages;
  const fallback = Array.isArray(languages) && typeof languages[0] === 'string' ? languages[0] : undefined;
  const c = new Checker(options.forPublish ?? false, fallback);
  const root = c.object(input, '', 'Module');
  if (!root) return { ok: false, issues: c.issues };

  c.text(root.title, 'title', 'Module title', { long: false });
  c.text(root.summary, 'summary', 'Module summary');
  const langs = c.list(root.languages, 'languages', 'Module languages', 1, 10);
  langs?.forEach((l, i) => {
    if (typeof l !== 'string' || !LANG.test(l)) c.add(`languages[${i}]`, 'Module languages', `"${String(l)}" is not a two-letter language code`);
  });
  if (langs && new Set(langs).size !== langs.length) c.add('languages', 'Module languages', 'lists a language twice');
  const trades = c.list(root.trades, 'trades', 'Module trades', 1, 10);
  trades?.forEach((t, i) => {
    if (typeof t !== 'string' || !SLUGGISH.test(t)) c.add(`trades[${i}]`, 'Module trades', 'each trade must be a lower-case code like "insulation"');
  });
  if (typeof root.topic !== 'string' || !SLUGGISH.test(root.topic)) c.add('topic', 'Module topic', 'must be a lower-case code like "airtightness"');
  const minutes = root.estimatedMinutes;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < CONTENT_LIMITS.minMinutes || minutes > CONTENT_LIMITS.maxMinutes) {
    c.add('estimatedMinutes', 'Module duration', `must be a whole number of minutes from ${CONTENT_LIMITS.minMinutes} to ${CONTENT_LIMITS.maxMinutes}`);
  }
  const outcomes = c.list(root.outcomes, 'outcomes', 'Module learning outcomes', 0, 30);
  outcomes?.forEach((o, i) => {
    if (typeof o !== 'string' || !CODE.test(o)) c.add(`outcomes[${i}]`, 'Module learning outcomes', `"${String(o)}" is not an outcome code like ULO-AIR-01`);
  });
  if (typeof root.passMark !== 'number' || !(root.passMark >= 0 && root.passMark <= 1)) {
    c.add('passMark', 'Module pass mark', 'must be a share between 0 and 1 (e.g. 0.75)');
  }
  if (root.practicalRequiredForAward !== undefined && typeof root.practicalRequiredForAward !== 'boolean') {
    c.add('practicalRequiredForAward', 'Practical required for award', 'must be true or false');
  }
  const steps = c.list(root.steps, 'steps', 'Module steps', options.forPublish ? 1 : 0, CONTENT_LIMITS.maxSteps);
  if (steps) {
    c.uniqueIds(steps, 'steps', 'Module steps');
    steps.forEach((step, i) => checkStep(c, step, i));
  }
  for (const key of Object.keys(root)) {
    if (!MODULE_KEYS.has(key)) c.add(key, 'Module', `"${key}" is not a module field`);
  }
  return c.issues.length === 0 ? { ok: true, content: root as unknown as ModuleContent } : { ok: false, issues: c.issues };
}

const MODULE_KEYS = new Set(['title', 'summary', 'trades', 'topic', 'estimatedMinutes', 'languages', 'outcomes', 'passMark', 'practicalRequiredForAward', 'steps']);

function checkStep(c: Checker, value: unknown, index: number): void {
  const at = `steps[${index}]`;
  const s = (value ?? {}) as Obj;
  const kind = s.kind;
  const where = (field: string) => `Step ${index + 1} (${String(kind)}) ${field}`;
  if (typeof value !== 'object' || value === null) return;
  if (!STEP_KINDS.includes(kind as ModuleStep['kind'])) {
    return c.add(`${at}.kind`, `Step ${index + 1}`, `"${String(kind)}" is not a step kind (${STEP_KINDS.join(', ')})`);
  }
  c.text(s.title, `${at}.title`, where('title'), { required: false, long: false });
  switch (kind) {
    case 'text': {
      c.text(s.body, `${at}.body`, where('body'));
      if (s.pictograms !== undefined) {
        const list = c.list(s.pictograms, `${at}.pictograms`, where('pictograms'), 0, 6);
        list?.forEach((p, j) => {
          if (!PICTOGRAMS.includes(p as never)) c.add(`${at}.pictograms[${j}]`, where('pictograms'), `"${String(p)}" is not a known pictogram`);
        });
      }
      break;
    }
    case 'image':
      c.mediaId(s.mediaId, `${at}.mediaId`, where('image'));
      c.text(s.alt, `${at}.alt`, where('alt text'));
      c.text(s.caption, `${at}.caption`, where('caption'), { required: false });
      break;
    case 'video':
      c.mediaId(s.mediaId, `${at}.mediaId`, where('video'));
      c.text(s.caption, `${at}.caption`, where('caption'), { required: false });
      c.text(s.transcript, `${at}.transcript`, where('transcript'), { required: false });
      break;
    case 'audio':
      c.mediaId(s.mediaId, `${at}.mediaId`, where('audio'));
      c.text(s.transcript, `${at}.transcript`, where('transcript'), { required: false });
      break;
    case 'quiz':
      checkQuestion(c, s.question, `${at}.question`, where);
      break;
    case 'practical': {
      c.text(s.instructions, `${at}.instructions`, where('instructions'));
      const items = c.list(s.checklist, `${at}.checklist`, where('checklist'), 1, CONTENT_LIMITS.maxChecklistItems);
      if (items) {
        c.uniqueIds(items, `${at}.checklist`, where('checklist'));
        items.forEach((item, j) => c.text((item as Obj | null)?.label, `${at}.checklist[${j}].label`, where(`checklist item ${j + 1}`), { long: false }));
      }
      c.boolean(s.photoRequired, `${at}.photoRequired`, where('photoRequired'));
      c.boolean(s.signOffRequired, `${at}.signOffRequired`, where('signOffRequired'));
      break;
    }
    case 'bim': {
      c.text(s.instructions, `${at}.instructions`, where('instructions'), { required: false });
      const bindings = c.list(s.bindings, `${at}.bindings`, where('bindings'), 0, CONTENT_LIMITS.maxBindings);
      bindings?.forEach((b, j) => checkBinding(c, b, `${at}.bindings[${j}]`, where(`binding ${j + 1}`)));
      break;
    }
  }
}

function checkQuestion(c: Checker, value: unknown, at: string, where: (field: string) => string): void {
  const q = c.object(value, at, where('question'));
  if (!q) return;
  const kind = q.kind;
  if (!QUIZ_KINDS.includes(kind as never)) c.add(`${at}.kind`, where('question kind'), `must be one of ${QUIZ_KINDS.join(', ')}`);
  c.text(q.prompt, `${at}.prompt`, where('question prompt'));
  const options = c.list(q.options, `${at}.options`, where('options'), 2, CONTENT_LIMITS.maxOptions) ?? [];
  const ids = c.uniqueIds(options, `${at}.options`, where('options'));
  options.forEach((o, j) => {
    const option = (o ?? {}) as Obj;
    c.text(option.label, `${at}.options[${j}].label`, where(`option ${j + 1} label`), { long: false, required: kind !== 'image' });
    if (kind === 'image') c.mediaId(option.mediaId, `${at}.options[${j}].mediaId`, where(`option ${j + 1} picture`));
    else if (option.mediaId !== undefined) c.mediaId(option.mediaId, `${at}.options[${j}].mediaId`, where(`option ${j + 1} picture`));
  });
  const correct = c.list(q.correct, `${at}.correct`, where('correct answer'), 1, CONTENT_LIMITS.maxOptions);
  if (correct) {
    correct.forEach((id, j) => {
      if (typeof id !== 'string' || !ids.includes(id)) c.add(`${at}.correct[${j}]`, where('correct answer'), `"${String(id)}" is not one of the options`);
    });
    if (new Set(correct).size !== correct.length) c.add(`${at}.correct`, where('correct answer'), 'names an option twice');
    if ((kind === 'single' || kind === 'image') && correct.length !== 1) {
      c.add(`${at}.correct`, where('correct answer'), 'a single-choice question has exactly one right option');
    }
    if (kind === 'ordering' && correct.length !== options.length) {
      c.add(`${at}.correct`, where('correct answer'), 'an ordering question lists every option once, in the right order');
    }
  }
  const feedback = c.object(q.feedback, `${at}.feedback`, where('feedback'));
  if (feedback) {
    c.text(feedback.correct, `${at}.feedback.correct`, where('feedback when right'));
    c.text(feedback.incorrect, `${at}.feedback.incorrect`, where('feedback when wrong'));
  }
}

function checkBinding(c: Checker, value: unknown, at: string, where: string): void {
  const b = c.object(value, at, where);
  if (!b) return;
  if (b.globalIds !== undefined) {
    const ids = c.list(b.globalIds, `${at}.globalIds`, where, 1, CONTENT_LIMITS.maxBoundElements);
    ids?.forEach((id, k) => {
      if (typeof id !== 'string' || !GLOBAL_ID.test(id)) c.add(`${at}.globalIds[${k}]`, where, 'must be an IFC GlobalId (22 characters)');
    });
    if (b.ifcClass !== undefined) c.add(`${at}.ifcClass`, where, 'a binding names either elements (GlobalIds) or an IFC class, not both');
    return;
  }
  if (typeof b.ifcClass !== 'string' || !IFC_CLASS.test(b.ifcClass)) c.add(`${at}.ifcClass`, where, 'must be an IFC class name like IfcWindow');
  if (b.predefinedType !== undefined && (typeof b.predefinedType !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(b.predefinedType))) {
    c.add(`${at}.predefinedType`, where, 'must be an IFC predefined type in capitals, e.g. INSULATION');
  }
  if (b.where !== undefined) {
    const conditions = c.list(b.where, `${at}.where`, where, 0, 10);
    conditions?.forEach((cond, k) => {
      const o = c.object(cond, `${at}.where[${k}]`, where);
      if (!o) return;
      if (typeof o.property !== 'string' || o.property.trim() === '') c.add(`${at}.where[${k}].property`, where, 'needs a property name, e.g. IsExternal');
      if (!['string', 'number', 'boolean'].includes(typeof o.equals)) c.add(`${at}.where[${k}].equals`, where, 'must be a text, number or true/false');
      if (o.op !== undefined && !BIM_CONDITION_OPS.includes(o.op as never)) c.add(`${at}.where[${k}].op`, where, `must be one of ${BIM_CONDITION_OPS.join(', ')}`);
      if (o.op !== undefined && ['lt', 'lte', 'gt', 'gte'].includes(o.op as string) && typeof o.equals !== 'number') {
        c.add(`${at}.where[${k}].equals`, where, 'a comparison needs a number');
      }
    });
  }
}
