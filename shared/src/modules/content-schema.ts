// Module content as zod schemas: what the editor, the API and package import accept. Each message is a problem code
// (content-problems.ts words it in English for the API, the web in the user's language); the types are inferred here.
import * as z from 'zod/mini';
import { BIM_CONDITION_OPS, CONTENT_LIMITS, PICTOGRAMS, QUIZ_KINDS } from './content.js';

const LANG = /^[a-z]{2}$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
const IFC_CLASS = /^Ifc[A-Z][A-Za-z0-9]*$/;
// IFC's compressed GUID: 22 characters of 0-9, A-Z, a-z, _ and $.
const GLOBAL_ID = /^[0-9A-Za-z_$]{22}$/;
const SLUGGISH = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface ContentRules {
  /** Publishing asks more: at least one step, and every text present in the fallback (first) language. */
  forPublish: boolean;
  fallbackLang: string | undefined;
}

type Ctx = z.core.$RefinementCtx;
const issue = (ctx: Ctx, path: PropertyKey[], message: string, input: unknown) => ctx.addIssue({ code: 'custom', path, message, input });
const obj = { error: 'object' };
/** A string matching `pattern`, with one problem code for anything else. */
const matching = (pattern: RegExp, code: string) => z.string({ error: code }).check(z.regex(pattern, { error: code, abort: true }));
const list = <T extends z.ZodMiniType>(item: T, min: number, max: number) => z.array(item, { error: 'list' }).check(z.minLength(min, 'tooFew'), z.maxLength(max, 'tooMany'));
const id = matching(ID, 'id');
const media = z.string({ error: 'media' }).check(z.refine((v) => v.trim() !== '' && v.length <= 200, 'media'));
const bool = z.boolean({ error: 'boolean' });

/** Ids of a list of objects must be distinct: the second use of one is named, even when other items have problems. */
const distinctIds = z.superRefine(
  (items: { id: string }[], ctx: Ctx) => {
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      const itemId = (item as { id?: unknown } | null)?.id;
      if (typeof itemId !== 'string' || !ID.test(itemId)) return;
      if (seen.has(itemId)) issue(ctx, [i, 'id'], 'idTwice', itemId);
      seen.add(itemId);
    });
  },
  { when: (payload) => Array.isArray(payload.value) },
);

/** A text with one version per language; `required` texts need words in some language (and, to publish, in the fallback). */
function localised(rules: ContentRules, { required = true, long = true } = {}) {
  const max = long ? CONTENT_LIMITS.maxTextLength : CONTENT_LIMITS.maxShortTextLength;
  return z.record(z.string().check(z.regex(LANG, 'langCode')), z.string({ error: 'textNotString' }).check(z.maxLength(max, 'textTooLong')), { error: 'text' }).check(
    z.superRefine((text, ctx) => {
      if (!required) return;
      const filled = (lang: string) => typeof text[lang] === 'string' && text[lang].trim() !== '';
      if (!Object.keys(text).some(filled)) issue(ctx, [], 'textEmpty', text);
      else if (rules.forPublish && rules.fallbackLang && !filled(rules.fallbackLang)) issue(ctx, [], 'textMissingFallback', text);
    }),
  );
}
const optionalText = (rules: ContentRules, long = true) => z.optional(localised(rules, { required: false, long }));

function question(rules: ContentRules) {
  const option = z.object({ id, label: optionalText(rules, false), mediaId: z.optional(media) }, obj);
  return z.object(
    {
      kind: z.enum(QUIZ_KINDS, { error: 'quizKind' }),
      prompt: localised(rules),
      options: list(option, 2, CONTENT_LIMITS.maxOptions).check(distinctIds),
      correct: list(z.string({ error: 'notAnOption' }), 1, CONTENT_LIMITS.maxOptions),
      feedback: z.object({ correct: localised(rules), incorrect: localised(rules) }, obj),
    },
    obj,
  ).check(
    z.superRefine((q, ctx) => {
      // An image choice is a picture to tap; any other option needs words (the label schema allowed both empty).
      q.options.forEach((o, j) => {
        if (q.kind === 'image' && o.mediaId === undefined) issue(ctx, ['options', j, 'mediaId'], 'media', o);
        const required = localised(rules, { long: false }).safeParse(o.label);
        if (q.kind !== 'image' && !required.success) ctx.addIssue({ ...required.error.issues[0]!, path: ['options', j, 'label', ...required.error.issues[0]!.path] } as never);
      });
      const ids = q.options.map((o) => o.id);
      q.correct.forEach((answer, j) => ids.includes(answer) || issue(ctx, ['correct', j], 'notAnOption', answer));
      if (new Set(q.correct).size !== q.correct.length) issue(ctx, ['correct'], 'optionTwice', q.correct);
      if ((q.kind === 'single' || q.kind === 'image') && q.correct.length !== 1) issue(ctx, ['correct'], 'singleAnswer', q.correct);
      if (q.kind === 'ordering' && q.correct.length !== q.options.length) issue(ctx, ['correct'], 'orderingAnswer', q.correct);
    }),
  );
}

const condition = z.object(
  { property: z.string({ error: 'property' }).check(z.refine((p) => p.trim() !== '', 'property')), equals: z.union([z.string(), z.number(), z.boolean()], { error: 'equals' }), op: z.optional(z.enum(BIM_CONDITION_OPS, { error: 'op' })) },
  obj,
).check(z.refine((c) => !['lt', 'lte', 'gt', 'gte'].includes(c.op ?? 'eq') || typeof c.equals === 'number', { error: 'comparison', path: ['equals'] }));
export const BimClassBindingSchema = z.object({ ifcClass: matching(IFC_CLASS, 'ifcClass'), predefinedType: z.optional(matching(/^[A-Z][A-Z0-9_]*$/, 'predefinedType')), where: z.optional(list(condition, 0, 10)) }, obj);
export const BimElementsBindingSchema = z.object(
  { globalIds: list(matching(GLOBAL_ID, 'globalId'), 1, CONTENT_LIMITS.maxBoundElements), ifcClass: z.optional(z.never({ error: 'bindingBoth' })) },
  obj,
);
// A binding names elements when it lists GlobalIds, an IFC class otherwise: one schema or the other, never both.
const binding = z.custom<z.infer<typeof BimClassBindingSchema> | Omit<z.infer<typeof BimElementsBindingSchema>, 'ifcClass'>>().check(
  z.superRefine((value, ctx) => {
    const schema = typeof value === 'object' && value !== null && 'globalIds' in value ? BimElementsBindingSchema : BimClassBindingSchema;
    const parsed = schema.safeParse(value);
    if (!parsed.success) for (const i of parsed.error.issues) ctx.addIssue({ ...i, input: value } as never);
  }),
);

function step(rules: ContentRules) {
  const text = () => localised(rules);
  const base = { id, title: optionalText(rules, false) };
  const kinds = [
    z.object({ ...base, kind: z.literal('text'), body: text(), pictograms: z.optional(list(z.enum(PICTOGRAMS, { error: 'pictogram' }), 0, 6)) }),
    z.object({ ...base, kind: z.literal('image'), mediaId: media, alt: text(), caption: optionalText(rules) }),
    z.object({ ...base, kind: z.literal('video'), mediaId: media, caption: optionalText(rules), transcript: optionalText(rules) }),
    z.object({ ...base, kind: z.literal('audio'), mediaId: media, transcript: optionalText(rules) }),
    z.object({ ...base, kind: z.literal('quiz'), question: question(rules) }),
    z.object({
      ...base,
      kind: z.literal('practical'),
      instructions: text(),
      checklist: list(z.object({ id, label: localised(rules, { long: false }) }, obj), 1, CONTENT_LIMITS.maxChecklistItems).check(distinctIds),
      photoRequired: bool,
      signOffRequired: bool,
    }),
    z.object({ ...base, kind: z.literal('bim'), instructions: optionalText(rules), bindings: list(binding, 0, CONTENT_LIMITS.maxBindings) }),
  ] as const;
  return z.discriminatedUnion('kind', kinds, { error: (iss) => (String(iss.code) === 'invalid_type' ? 'object' : 'stepKind') });
}

export function moduleContentSchema(rules: ContentRules) {
  return z.strictObject(
    {
      title: localised(rules, { long: false }),
      summary: localised(rules),
      trades: list(matching(SLUGGISH, 'trade'), 1, 10),
      topic: matching(SLUGGISH, 'topic'),
      estimatedMinutes: z.int({ error: 'minutes' }).check(z.gte(CONTENT_LIMITS.minMinutes, 'minutes'), z.lte(CONTENT_LIMITS.maxMinutes, 'minutes')),
      languages: list(matching(LANG, 'langCode'), 1, 10).check(z.refine((langs) => new Set(langs).size === langs.length, 'languageTwice')),
      outcomes: list(matching(CODE, 'outcome'), 0, 30),
      passMark: z.number({ error: 'passMark' }).check(z.gte(0, 'passMark'), z.lte(1, 'passMark')),
      practicalRequiredForAward: z.optional(bool),
      steps: list(step(rules), rules.forPublish ? 1 : 0, CONTENT_LIMITS.maxSteps).check(distinctIds),
    },
    obj,
  );
}

type Content = z.infer<ReturnType<typeof moduleContentSchema>>;
export type ModuleContentShape = Content;
export type ModuleStepShape = Content['steps'][number];
