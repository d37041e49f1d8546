// The subset of the xAPI 2.0 statement shape that FIT stores, as zod schemas: the types are inferred from them, and each
// schema carries the message a reader needs ("must be a UUID"); validate-statement.ts adds the JSON path.
import * as z from 'zod/mini';
import { ADL_VERBS } from './verbs.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const SHA2 = /^[0-9a-f]{56}$|^[0-9a-f]{64}$|^[0-9a-f]{96}$|^[0-9a-f]{128}$/i;
const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;.*)?$/;
const IDENTIFIERS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;

/** A string matching `pattern`; anything else (a number, nothing at all) gets the same "must be …". */
const text = (pattern: RegExp, what: string) => z.string({ error: `must be ${what}` }).check(z.regex(pattern, { error: `must be ${what}`, abort: true }));
const iri = text(IRI, 'an absolute IRI (e.g. https://…)');
const uuid = text(UUID, 'a UUID');
const str = z.string({ error: 'must be a string' });
const obj = { error: 'must be an object' };
const languageTag = text(LANGUAGE_TAG, 'a language tag (e.g. fr)');
export const LanguageMapSchema = z.record(z.string().check(z.regex(LANGUAGE_TAG, 'is not a language tag (e.g. fr, en-GB)')), str, obj);
// Extensions hold any JSON under IRI keys; validate-statement.ts has already bounded its depth and checked its text.
const extensions = z.record(z.string().check(z.regex(IRI, 'must be an absolute IRI (e.g. https://…)')), z.unknown(), obj);

// The timestamp pattern admits 2026-13-45T25:61:00Z; a real calendar date and clock time are required as well.
export const TimestampSchema = text(TIMESTAMP, 'an ISO 8601 date-time with a time zone').check(
  // RFC 3339's -00:00 means "local offset unknown": no instant, so no timestamp.
  z.refine((v) => !/-00:?00$/.test(v), { error: 'must not use the offset -00:00 (an unknown local offset)', abort: true }),
  z.refine(isRealDateTime, { error: (iss) => `is not a real date and time (${String(iss.input)})` }),
);

function isRealDateTime(value: string): boolean {
  const [, y = 0, mo = 0, d = 0, h = 0, mi = 0, se = NaN] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value)!.map(Number);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth && h <= 23 && mi <= 59 && (Number.isNaN(se) || se <= 59);
}

const account = z.strictObject({ homePage: iri, name: z.string({ error: 'must be a non-empty string' }).check(z.minLength(1, 'must be a non-empty string')) }, obj);
const identified = { name: z.optional(str), mbox: z.optional(text(/^mailto:[^\s@]+@[^\s@]+$/i, 'a mailto: address')), mbox_sha1sum: z.optional(text(/^[0-9a-f]{40}$/i, 'a SHA-1 hex digest')), openid: z.optional(iri), account: z.optional(account) };
const identifierCount = (a: Record<string, unknown>) => IDENTIFIERS.filter((k) => a[k] !== undefined).length;
const ONE_ID = 'must have exactly one identifier: mbox, mbox_sha1sum, openid or account';

/** An Agent; `objectType` may be left out except where it tells an Agent from an Activity (a statement's object). */
const agent = <T extends z.ZodMiniType>(objectType: T) =>
  z.strictObject({ objectType, ...identified }, obj).check(z.refine((a) => identifierCount(a) === 1, ONE_ID));
export const AgentSchema = agent(z.optional(z.literal('Agent')));

export const GroupSchema = z.strictObject({ objectType: z.literal('Group', { error: 'must be "Group"' }), ...identified, member: z.optional(z.array(AgentSchema, { error: 'must be an array of agents' })) }, obj).check(
  z.superRefine((g, ctx) => {
    const ids = identifierCount(g);
    if (ids > 1) ctx.addIssue({ code: 'custom', message: 'must have at most one identifier: mbox, mbox_sha1sum, openid or account', input: g });
    if (ids === 0 && !g.member) ctx.addIssue({ code: 'custom', path: ['member'], message: 'is required for an anonymous group', input: g });
    if (ids === 0 && g.member?.length === 0) ctx.addIssue({ code: 'custom', path: ['member'], message: 'of an anonymous group must list at least one agent', input: g });
  }),
);

const notAnObject = (otherwise: string) => ({ error: (iss: { code: string }) => (iss.code === 'invalid_type' ? 'must be an object' : otherwise) });
export const ActorSchema = z.discriminatedUnion('objectType', [AgentSchema, GroupSchema], notAnObject('must be "Agent" or "Group"'));

export const VerbSchema = z.strictObject({ id: iri, display: z.optional(LanguageMapSchema) }, obj);

/** Which component lists each interaction type may carry (Data 2.4.4.1, Interaction Components). */
export const INTERACTION_COMPONENTS: Record<string, readonly string[]> = {
  'true-false': [],
  choice: ['choices'],
  'fill-in': [],
  'long-fill-in': [],
  matching: ['source', 'target'],
  performance: ['steps'],
  sequencing: ['choices'],
  likert: ['scale'],
  numeric: [],
  other: [],
};
const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'] as const;

const component = z.strictObject({ id: z.string({ error: 'must be a non-empty string' }).check(z.minLength(1, 'must be a non-empty string')), description: z.optional(LanguageMapSchema) }, obj);
const components = z.array(component, { error: 'must be an array of interaction components' }).check(
  z.superRefine((list, ctx) => {
    const ids = new Set<string>();
    list.forEach(({ id }, i) => {
      if (ids.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `repeats ${id}: the ids of a component list must be distinct`, input: id });
      ids.add(id);
    });
  }),
);

const definition = z.strictObject(
  {
    name: z.optional(LanguageMapSchema),
    description: z.optional(LanguageMapSchema),
    type: z.optional(iri),
    moreInfo: z.optional(iri),
    extensions: z.optional(extensions),
    interactionType: z.optional(z.string()),
    correctResponsesPattern: z.optional(z.array(z.string(), { error: 'must be an array of strings' })),
    choices: z.optional(components),
    scale: z.optional(components),
    source: z.optional(components),
    target: z.optional(components),
    steps: z.optional(components),
  },
  obj,
).check(z.superRefine(checkInteraction));

// Interaction Activities: a known interactionType, and only the component lists of that type.
function checkInteraction(d: z.infer<typeof definition>, ctx: z.core.$RefinementCtx): void {
  const lists = COMPONENT_LISTS.filter((k) => d[k] !== undefined);
  if (d.interactionType === undefined) {
    if (d.correctResponsesPattern !== undefined || lists.length) ctx.addIssue({ code: 'custom', path: ['interactionType'], message: 'is required when correctResponsesPattern or interaction components are given', input: d });
    return;
  }
  const allowed = INTERACTION_COMPONENTS[d.interactionType];
  if (!allowed) return ctx.addIssue({ code: 'custom', path: ['interactionType'], message: `must be one of ${Object.keys(INTERACTION_COMPONENTS).join(', ')}`, input: d.interactionType });
  for (const list of lists) if (!allowed.includes(list)) ctx.addIssue({ code: 'custom', path: [list], message: `is not used by the interaction type ${d.interactionType}`, input: d[list] });
}

const activityShape = { objectType: z.optional(z.literal('Activity', { error: 'must be "Activity"' })), id: iri, definition: z.optional(definition) };
export const ActivitySchema = z.strictObject(activityShape, obj);
export const StatementRefSchema = z.strictObject({ objectType: z.literal('StatementRef', { error: 'must be "StatementRef"' }), id: uuid }, obj);

const number = z.number({ error: 'must be a number' });
export const ScoreSchema = z.strictObject({ scaled: z.optional(number), raw: z.optional(number), min: z.optional(number), max: z.optional(number) }, obj).check(
  z.superRefine(({ scaled, raw, min, max }, ctx) => {
    const fail = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message, input: raw });
    if (scaled !== undefined && (scaled < -1 || scaled > 1)) fail('scaled', 'must be between -1 and 1');
    if (min !== undefined && max !== undefined && min > max) fail('min', 'must not be greater than max');
    if (raw !== undefined && min !== undefined && raw < min) fail('raw', 'must not be below min');
    if (raw !== undefined && max !== undefined && raw > max) fail('raw', 'must not be above max');
  }),
);

const bool = z.boolean({ error: 'must be true or false' });
export const ResultSchema = z.strictObject(
  { score: z.optional(ScoreSchema), success: z.optional(bool), completion: z.optional(bool), response: z.optional(str), duration: z.optional(text(DURATION, 'an ISO 8601 duration (e.g. PT4M30S)')), extensions: z.optional(extensions) },
  obj,
);

// An LRS returns a single context Activity as an array of one (Data 2.4.6.2): stored that way, every read agrees.
const contextActivityList = z.pipe(
  z.transform((v: unknown) => (Array.isArray(v) ? v : [v])),
  z.array(ActivitySchema),
);
const relevantTypes = z.optional(z.array(iri, { error: 'must be a non-empty array of IRIs' }).check(z.minLength(1, 'must be a non-empty array of IRIs')));
const ContextAgentSchema = z.strictObject({ objectType: z.literal('contextAgent', { error: 'must be "contextAgent"' }), agent: AgentSchema, relevantTypes }, obj);
const ContextGroupSchema = z.strictObject({ objectType: z.literal('contextGroup', { error: 'must be "contextGroup"' }), group: GroupSchema, relevantTypes }, obj);

const context10 = {
  registration: z.optional(uuid),
  instructor: z.optional(ActorSchema),
  team: z.optional(GroupSchema),
  contextActivities: z.optional(z.strictObject({ parent: z.optional(contextActivityList), grouping: z.optional(contextActivityList), category: z.optional(contextActivityList), other: z.optional(contextActivityList) }, obj)),
  revision: z.optional(str),
  platform: z.optional(str),
  language: z.optional(languageTag),
  // objectType may be left out here: a context statement can only be a StatementRef.
  statement: z.optional(z.strictObject({ ...StatementRefSchema.shape, objectType: z.optional(StatementRefSchema.shape.objectType) }, obj)),
  extensions: z.optional(extensions),
};
// xAPI 2.0 added contextAgents and contextGroups; a 1.0.3 client cannot send them.
const context20 = {
  ...context10,
  contextAgents: z.optional(z.array(ContextAgentSchema, { error: 'must be an array of contextAgent objects' })),
  contextGroups: z.optional(z.array(ContextGroupSchema, { error: 'must be an array of contextGroup objects' })),
};

export const AttachmentSchema = z.strictObject(
  {
    usageType: iri,
    display: LanguageMapSchema,
    description: z.optional(LanguageMapSchema),
    contentType: text(MEDIA_TYPE, 'an Internet media type (e.g. image/jpeg)'),
    length: z.int({ error: 'must be a whole number of octets' }).check(z.nonnegative({ error: 'must be a whole number of octets' })),
    sha2: text(SHA2, 'a SHA-2 hex digest'),
    fileUrl: z.optional(iri),
  },
  obj,
);

// revision and platform describe the Activity the statement is about; they mean nothing for any other object.
function aboutActivityOnly(s: { object: { objectType?: string }; context?: { revision?: string; platform?: string } }, ctx: z.core.$RefinementCtx): void {
  if (s.object.objectType === undefined || s.object.objectType === 'Activity') return;
  for (const key of ['revision', 'platform'] as const) {
    if (s.context?.[key] !== undefined) ctx.addIssue({ code: 'custom', path: ['context', key], message: 'may only be used when the object is an Activity', input: s.context[key] });
  }
}

/** The schemas of a statement for one version of xAPI: 1.0.x lacks 2.0's contextAgents and contextGroups. */
function statementSchemas(contextShape: typeof context20 | typeof context10) {
  const context = z.optional(z.strictObject(contextShape as typeof context20, obj));
  const parts = { actor: ActorSchema, verb: VerbSchema, result: z.optional(ResultSchema), context, timestamp: z.optional(TimestampSchema), attachments: z.optional(z.array(AttachmentSchema, { error: 'must be an array of attachments' })) };
  const forbidden = z.optional(z.never({ error: 'must not be in a SubStatement' }));
  const objectTypes = 'must be Activity, Agent, Group, StatementRef or SubStatement';
  const subObject = z.discriminatedUnion('objectType', [ActivitySchema, agent(z.literal('Agent')), GroupSchema, StatementRefSchema], {
    error: (iss) =>
      String(iss.code) === 'invalid_type' ? 'must be an object'
      : (iss.input as { objectType?: unknown }).objectType === 'SubStatement' ? 'is SubStatement inside a SubStatement: a SubStatement must not contain a SubStatement of its own'
      : objectTypes,
  });
  // A SubStatement is validated as a Statement, less what only a stored statement has (Data 2.4.4.3).
  const subStatement = z.strictObject({ objectType: z.literal('SubStatement'), ...parts, object: subObject, id: forbidden, stored: forbidden, version: forbidden, authority: forbidden }, obj).check(z.superRefine(aboutActivityOnly));
  const object = z.discriminatedUnion('objectType', [ActivitySchema, agent(z.literal('Agent')), GroupSchema, StatementRefSchema, subStatement], notAnObject(objectTypes));
  return z.strictObject(
    {
      id: z.optional(uuid),
      ...parts,
      object,
      stored: z.optional(TimestampSchema),
      authority: z.optional(AuthoritySchema),
      version: z.optional(text(/^(1\.0(\.\d+)?|2\.0(\.\d+)?)$/, 'an xAPI version 1.0.x or 2.0.x')),
    },
    obj,
  ).check(
    z.superRefine(aboutActivityOnly),
    // A voiding statement points at the statement it voids.
    z.superRefine((s, ctx) => {
      if (s.verb.id === ADL_VERBS.voided && s.object.objectType !== 'StatementRef') ctx.addIssue({ code: 'custom', path: ['object'], message: 'of a voiding statement must be a StatementRef', input: s.object });
    }),
  );
}

// The authority is an Agent, or (three-legged OAuth) an anonymous Group of exactly two Agents: the application and the user.
const AuthoritySchema = ActorSchema.check(
  z.refine((a) => a.objectType !== 'Group' || (identifierCount(a) === 0 && a.member?.length === 2), 'as a Group must be an anonymous group of exactly two Agents (an OAuth consumer and a user)'),
);

export const StatementSchema = statementSchemas(context20);
export const Statement10Schema = statementSchemas(context10);

export type LanguageMap = z.infer<typeof LanguageMapSchema>;
export type Agent = z.infer<typeof AgentSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Verb = z.infer<typeof VerbSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type InteractionComponent = z.infer<typeof component>;
export type StatementRef = z.infer<typeof StatementRefSchema>;
export type Statement = z.infer<typeof StatementSchema>;
/** A statement inside a statement (e.g. "I planned to do this"): no id, stored, version or authority, never nested. */
export type SubStatement = Extract<Statement['object'], { objectType: 'SubStatement' }>;
export type StatementObject = Statement['object'];
/** Describes a document that goes with the statement; its bytes come as a part of the request, or at fileUrl. */
export type Attachment = z.infer<typeof AttachmentSchema>;
export type ContextAgent = z.infer<typeof ContextAgentSchema>;
export type ContextGroup = z.infer<typeof ContextGroupSchema>;
export type Score = z.infer<typeof ScoreSchema>;
export type Result = z.infer<typeof ResultSchema>;
export type Context = NonNullable<Statement['context']>;
