// Validates an incoming xAPI statement and says precisely what is wrong, with the JSON path of each problem.
import type { Statement } from './statement.js';
import { ADL_VERBS } from './verbs.js';

export type ValidationResult = { ok: true; statement: Statement } | { ok: false; errors: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const MBOX = /^mailto:[^\s@]+@[^\s@]+$/i;
const SHA1 = /^[0-9a-f]{40}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const DURATION = /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const VERSION = /^(1\.0(\.\d+)?|2\.0(\.\d+)?)$/;

const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
// A SubStatement is validated as a Statement, less what only a stored statement has (Data 2.4.4.3).
const SUB_STATEMENT_KEYS = ['objectType', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments'];
const SUB_STATEMENT_FORBIDDEN = ['id', 'stored', 'version', 'authority'];
const AGENT_KEYS = ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'];
const CONTEXT_KEYS_1_0 = ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions'];
// xAPI 2.0 added contextAgents and contextGroups; a 1.0.3 client cannot send them.
const CONTEXT_KEYS_2_0 = [...CONTEXT_KEYS_1_0, 'contextAgents', 'contextGroups'];
const DEFINITION_KEYS = ['name', 'description', 'type', 'moreInfo', 'extensions', 'interactionType', 'correctResponsesPattern', 'choices', 'scale', 'source', 'target', 'steps'];
const ATTACHMENT_KEYS = ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl'];
const SHA2 = /^[0-9a-f]{56}$|^[0-9a-f]{64}$|^[0-9a-f]{96}$|^[0-9a-f]{128}$/i;
const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;.*)?$/;

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
const COMPONENT_LISTS = ['choices', 'scale', 'source', 'target', 'steps'];

type Json = Record<string, unknown>;

class Checker {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push(`${path} ${message}`);
  }

  object(value: unknown, path: string): value is Json {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
    this.fail(path, 'must be an object');
    return false;
  }

  onlyKeys(value: Json, allowed: string[], path: string): void {
    for (const key of Object.keys(value)) if (!allowed.includes(key)) this.fail(`${path}.${key}`, 'is not an xAPI property');
  }

  matches(value: unknown, pattern: RegExp, path: string, what: string): boolean {
    if (typeof value === 'string' && pattern.test(value)) return true;
    this.fail(path, `must be ${what}`);
    return false;
  }

  iri(value: unknown, path: string): boolean {
    return this.matches(value, IRI, path, 'an absolute IRI (e.g. https://…)');
  }

  languageMap(value: unknown, path: string): void {
    if (!this.object(value, path)) return;
    for (const [tag, text] of Object.entries(value)) {
      if (!LANGUAGE_TAG.test(tag)) this.fail(`${path}.${tag}`, 'is not a language tag (e.g. fr, en-GB)');
      if (typeof text !== 'string') this.fail(`${path}.${tag}`, 'must be a string');
    }
  }

  extensions(value: unknown, path: string): void {
    if (!this.object(value, path)) return;
    for (const key of Object.keys(value)) this.iri(key, `${path}[${JSON.stringify(key)}]`);
  }
}

/** Extensions may hold any JSON, but a document nested deeper than this is an attack, not a learning record. */
export const MAX_JSON_DEPTH = 32;

export interface StatementValidationOptions {
  /** The statement must carry its id (the tablet makes every id itself). */
  requireId?: boolean;
  /** The xAPI version the client speaks (its X-Experience-API-Version header): 1.0.x lacks 2.0's additions. */
  version?: string;
}

export function validateStatement(input: unknown, options: StatementValidationOptions = {}): ValidationResult {
  const c = new Checker();
  if (!c.object(input, 'statement')) return { ok: false, errors: c.errors };
  // Before any rule reads it: what PostgreSQL cannot store (NUL, lone surrogates) or what would exhaust a
  // recursive walk must come back as a 400 naming the place, not as a failure deep in the store.
  checkJsonValues(c, input, 'statement');
  if (c.errors.length) return { ok: false, errors: c.errors };
  const s = input;
  const contextKeys = options.version?.startsWith('1.0') ? CONTEXT_KEYS_1_0 : CONTEXT_KEYS_2_0;
  c.onlyKeys(s, STATEMENT_KEYS, 'statement');
  if (s.id !== undefined || options.requireId) c.matches(s.id, UUID, 'statement.id', 'a UUID');
  checkStatementParts(c, s, 'statement', contextKeys);
  checkObject(c, s.object, 'statement.object', contextKeys, false);
  if (s.stored !== undefined) checkTimestamp(c, s.stored, 'statement.stored');
  if (s.authority !== undefined) checkAuthority(c, s.authority, 'statement.authority');
  if (s.version !== undefined) c.matches(s.version, VERSION, 'statement.version', 'an xAPI version 1.0.x or 2.0.x');
  checkVoiding(c, s);
  if (c.errors.length) return { ok: false, errors: c.errors };
  normaliseContextActivities(s);
  if (isObject(s.object) && s.object.objectType === 'SubStatement') normaliseContextActivities(s.object);
  return { ok: true, statement: s as unknown as Statement };
}

// What a Statement and a SubStatement share: actor, verb, result, context (its rules depend on the object), timestamp, attachments.
function checkStatementParts(c: Checker, s: Json, path: string, contextKeys: string[]): void {
  checkActor(c, s.actor, `${path}.actor`);
  checkVerb(c, s.verb, `${path}.verb`);
  if (s.result !== undefined) checkResult(c, s.result, `${path}.result`);
  if (s.context !== undefined) checkContext(c, s.context, `${path}.context`, contextKeys, s.object);
  if (s.timestamp !== undefined) checkTimestamp(c, s.timestamp, `${path}.timestamp`);
  if (s.attachments !== undefined) checkAttachments(c, s.attachments, `${path}.attachments`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// An LRS returns a single context Activity as an array of one (Data 2.4.6.2): stored that way, every read agrees.
function normaliseContextActivities(s: Json): void {
  const ca = isObject(s.context) ? s.context.contextActivities : undefined;
  if (!isObject(ca)) return;
  for (const [key, list] of Object.entries(ca)) if (!Array.isArray(list)) ca[key] = [list];
}

function checkActor(c: Checker, value: unknown, path: string): void {
  if (!c.object(value, path)) return;
  if (value.objectType === 'Group') return checkGroup(c, value, path);
  checkAgent(c, value, path);
}

function checkAgent(c: Checker, a: Json, path: string): void {
  c.onlyKeys(a, AGENT_KEYS, path);
  if (a.objectType !== undefined && a.objectType !== 'Agent') c.fail(`${path}.objectType`, 'must be "Agent" or "Group"');
  if (a.name !== undefined && typeof a.name !== 'string') c.fail(`${path}.name`, 'must be a string');
  const identifiers = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => a[k] !== undefined);
  if (identifiers.length !== 1) {
    c.fail(path, 'must have exactly one identifier: mbox, mbox_sha1sum, openid or account');
    return;
  }
  checkIdentifier(c, a, path);
}

function checkIdentifier(c: Checker, a: Json, path: string): void {
  const identifiers = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => a[k] !== undefined);
  if (identifiers.length > 1) c.fail(path, 'must have at most one identifier: mbox, mbox_sha1sum, openid or account');
  if (a.mbox !== undefined) c.matches(a.mbox, MBOX, `${path}.mbox`, 'a mailto: address');
  if (a.mbox_sha1sum !== undefined) c.matches(a.mbox_sha1sum, SHA1, `${path}.mbox_sha1sum`, 'a SHA-1 hex digest');
  if (a.openid !== undefined) c.iri(a.openid, `${path}.openid`);
  if (a.account !== undefined && c.object(a.account, `${path}.account`)) {
    c.onlyKeys(a.account, ['homePage', 'name'], `${path}.account`);
    c.iri(a.account.homePage, `${path}.account.homePage`);
    if (typeof a.account.name !== 'string' || !a.account.name) c.fail(`${path}.account.name`, 'must be a non-empty string');
  }
}

function checkGroup(c: Checker, g: Json, path: string): void {
  c.onlyKeys(g, [...AGENT_KEYS, 'member'], path);
  if (g.name !== undefined && typeof g.name !== 'string') c.fail(`${path}.name`, 'must be a string');
  const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some((k) => g[k] !== undefined);
  if (identified) checkIdentifier(c, g, path);
  if (g.member === undefined) {
    if (!identified) c.fail(`${path}.member`, 'is required for an anonymous group');
    return;
  }
  if (!Array.isArray(g.member)) return c.fail(`${path}.member`, 'must be an array of agents');
  if (!identified && g.member.length === 0) c.fail(`${path}.member`, 'of an anonymous group must list at least one agent');
  g.member.forEach((m, i) => c.object(m, `${path}.member[${i}]`) && checkAgent(c, m as Json, `${path}.member[${i}]`));
}

// The authority is an Agent, or (three-legged OAuth) an anonymous Group of exactly two Agents: the application and the user.
function checkAuthority(c: Checker, value: unknown, path: string): void {
  checkActor(c, value, path);
  if (!isObject(value) || value.objectType !== 'Group') return;
  const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some((k) => value[k] !== undefined);
  if (identified || !Array.isArray(value.member) || value.member.length !== 2) {
    c.fail(path, 'as a Group must be an anonymous group of exactly two Agents (an OAuth consumer and a user)');
  }
}

function checkVerb(c: Checker, value: unknown, path: string): void {
  if (!c.object(value, path)) return;
  c.onlyKeys(value, ['id', 'display'], path);
  c.iri(value.id, `${path}.id`);
  if (value.display !== undefined) c.languageMap(value.display, `${path}.display`);
}

function checkObject(c: Checker, value: unknown, path: string, contextKeys: string[], inSubStatement: boolean): void {
  if (!c.object(value, path)) return;
  const type = value.objectType ?? 'Activity';
  if (type === 'Activity') return checkActivity(c, value, path);
  if (type === 'Agent' || type === 'Group') return checkActor(c, value, path);
  if (type === 'StatementRef') {
    c.onlyKeys(value, ['objectType', 'id'], path);
    c.matches(value.id, UUID, `${path}.id`, 'a UUID');
    return;
  }
  if (type === 'SubStatement') {
    if (inSubStatement) return c.fail(path, 'is a SubStatement inside a SubStatement: a SubStatement must not contain a SubStatement of its own');
    return checkSubStatement(c, value, path, contextKeys);
  }
  c.fail(`${path}.objectType`, 'must be Activity, Agent, Group, StatementRef or SubStatement');
}

function checkSubStatement(c: Checker, sub: Json, path: string, contextKeys: string[]): void {
  for (const key of SUB_STATEMENT_FORBIDDEN) if (sub[key] !== undefined) c.fail(`${path}.${key}`, 'must not be in a SubStatement');
  c.onlyKeys(
    sub,
    [...SUB_STATEMENT_KEYS, ...SUB_STATEMENT_FORBIDDEN],
    path,
  );
  checkStatementParts(c, sub, path, contextKeys);
  checkObject(c, sub.object, `${path}.object`, contextKeys, true);
}

function checkActivity(c: Checker, a: Json, path: string): void {
  c.onlyKeys(a, ['objectType', 'id', 'definition'], path);
  c.iri(a.id, `${path}.id`);
  if (a.definition === undefined || !c.object(a.definition, `${path}.definition`)) return;
  const d = a.definition;
  const p = `${path}.definition`;
  c.onlyKeys(d, DEFINITION_KEYS, p);
  if (d.name !== undefined) c.languageMap(d.name, `${p}.name`);
  if (d.description !== undefined) c.languageMap(d.description, `${p}.description`);
  if (d.type !== undefined) c.iri(d.type, `${p}.type`);
  if (d.moreInfo !== undefined) c.iri(d.moreInfo, `${p}.moreInfo`);
  if (d.extensions !== undefined) c.extensions(d.extensions, `${p}.extensions`);
  checkInteraction(c, d, p);
}

// Interaction Activities (Data 2.4.4.1): a known interactionType, string patterns, and only the component lists of that type.
function checkInteraction(c: Checker, d: Json, path: string): void {
  const lists = COMPONENT_LISTS.filter((k) => d[k] !== undefined);
  if (d.interactionType === undefined) {
    if (d.correctResponsesPattern !== undefined || lists.length) c.fail(`${path}.interactionType`, 'is required when correctResponsesPattern or interaction components are given');
    return;
  }
  const allowed = typeof d.interactionType === 'string' ? INTERACTION_COMPONENTS[d.interactionType] : undefined;
  if (!allowed) return c.fail(`${path}.interactionType`, `must be one of ${Object.keys(INTERACTION_COMPONENTS).join(', ')}`);
  if (d.correctResponsesPattern !== undefined && (!Array.isArray(d.correctResponsesPattern) || d.correctResponsesPattern.some((r) => typeof r !== 'string'))) {
    c.fail(`${path}.correctResponsesPattern`, 'must be an array of strings');
  }
  for (const list of lists) {
    if (!allowed.includes(list)) {
      c.fail(`${path}.${list}`, `is not used by the interaction type ${d.interactionType}`);
      continue;
    }
    checkComponents(c, d[list], `${path}.${list}`);
  }
}

function checkComponents(c: Checker, value: unknown, path: string): void {
  if (!Array.isArray(value)) return c.fail(path, 'must be an array of interaction components');
  const ids = new Set<string>();
  value.forEach((component, i) => {
    const p = `${path}[${i}]`;
    if (!c.object(component, p)) return;
    c.onlyKeys(component, ['id', 'description'], p);
    if (typeof component.id !== 'string' || !component.id) return c.fail(`${p}.id`, 'must be a non-empty string');
    if (ids.has(component.id)) c.fail(`${p}.id`, `repeats ${component.id}: the ids of a component list must be distinct`);
    ids.add(component.id);
    if (component.description !== undefined) c.languageMap(component.description, `${p}.description`);
  });
}

function checkResult(c: Checker, value: unknown, path: string): void {
  if (!c.object(value, path)) return;
  c.onlyKeys(value, ['score', 'success', 'completion', 'response', 'duration', 'extensions'], path);
  if (value.score !== undefined) checkScore(c, value.score, `${path}.score`);
  for (const flag of ['success', 'completion'] as const) {
    if (value[flag] !== undefined && typeof value[flag] !== 'boolean') c.fail(`${path}.${flag}`, 'must be true or false');
  }
  if (value.response !== undefined && typeof value.response !== 'string') c.fail(`${path}.response`, 'must be a string');
  if (value.duration !== undefined) c.matches(value.duration, DURATION, `${path}.duration`, 'an ISO 8601 duration (e.g. PT4M30S)');
  if (value.extensions !== undefined) c.extensions(value.extensions, `${path}.extensions`);
}

function checkScore(c: Checker, value: unknown, path: string): void {
  if (!c.object(value, path)) return;
  c.onlyKeys(value, ['scaled', 'raw', 'min', 'max'], path);
  for (const key of ['scaled', 'raw', 'min', 'max'] as const) {
    if (value[key] !== undefined && (typeof value[key] !== 'number' || !Number.isFinite(value[key]))) c.fail(`${path}.${key}`, 'must be a number');
  }
  const { scaled, raw, min, max } = value as { scaled?: number; raw?: number; min?: number; max?: number };
  if (typeof scaled === 'number' && (scaled < -1 || scaled > 1)) c.fail(`${path}.scaled`, 'must be between -1 and 1');
  if (typeof min === 'number' && typeof max === 'number' && min > max) c.fail(`${path}.min`, 'must not be greater than max');
  if (typeof raw === 'number' && typeof min === 'number' && raw < min) c.fail(`${path}.raw`, 'must not be below min');
  if (typeof raw === 'number' && typeof max === 'number' && raw > max) c.fail(`${path}.raw`, 'must not be above max');
}

function checkContext(c: Checker, value: unknown, path: string, contextKeys: string[], object: unknown): void {
  if (!c.object(value, path)) return;
  c.onlyKeys(value, contextKeys, path);
  if (value.registration !== undefined) c.matches(value.registration, UUID, `${path}.registration`, 'a UUID');
  if (value.instructor !== undefined) checkActor(c, value.instructor, `${path}.instructor`);
  if (value.team !== undefined) {
    if (isObject(value.team) && value.team.objectType !== 'Group') c.fail(`${path}.team`, 'must be a Group (objectType "Group")');
    else checkActor(c, value.team, `${path}.team`);
  }
  // revision and platform describe the Activity the statement is about; they mean nothing for any other object.
  const aboutActivity = isObject(object) && (object.objectType === undefined || object.objectType === 'Activity');
  for (const key of ['revision', 'platform'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] !== 'string') c.fail(`${path}.${key}`, 'must be a string');
    else if (!aboutActivity) c.fail(`${path}.${key}`, 'may only be used when the object is an Activity');
  }
  if (value.language !== undefined) c.matches(value.language, LANGUAGE_TAG, `${path}.language`, 'a language tag (e.g. fr)');
  if (value.extensions !== undefined) c.extensions(value.extensions, `${path}.extensions`);
  if (value.statement !== undefined) {
    if (c.object(value.statement, `${path}.statement`)) {
      if (value.statement.objectType !== undefined && value.statement.objectType !== 'StatementRef') c.fail(`${path}.statement.objectType`, 'must be "StatementRef"');
      checkObject(c, { ...value.statement, objectType: 'StatementRef' }, `${path}.statement`, contextKeys, true);
    }
  }
  if (value.contextActivities !== undefined && c.object(value.contextActivities, `${path}.contextActivities`)) {
    const ca = value.contextActivities;
    c.onlyKeys(ca, ['parent', 'grouping', 'category', 'other'], `${path}.contextActivities`);
    for (const [key, list] of Object.entries(ca)) {
      const items = Array.isArray(list) ? list : [list];
      items.forEach((a, i) => {
        const p = `${path}.contextActivities.${key}[${i}]`;
        if (!c.object(a, p)) return;
        if (a.objectType !== undefined && a.objectType !== 'Activity') c.fail(`${p}.objectType`, 'must be "Activity"');
        else checkActivity(c, a, p);
      });
    }
  }
  if (value.contextAgents !== undefined) checkContextRelations(c, value.contextAgents, `${path}.contextAgents`, 'contextAgent', 'agent');
  if (value.contextGroups !== undefined) checkContextRelations(c, value.contextGroups, `${path}.contextGroups`, 'contextGroup', 'group');
}

// xAPI 2.0 contextAgents / contextGroups: objects of their own objectType naming an Agent (or a Group) and, optionally, a non-empty list of relevant types.
function checkContextRelations(c: Checker, value: unknown, path: string, objectType: string, key: 'agent' | 'group'): void {
  if (!Array.isArray(value)) return c.fail(path, `must be an array of ${objectType} objects`);
  value.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (!c.object(item, p)) return;
    c.onlyKeys(item, ['objectType', key, 'relevantTypes'], p);
    if (item.objectType !== objectType) c.fail(`${p}.objectType`, `must be "${objectType}"`);
    if (key === 'agent') {
      if (c.object(item.agent, `${p}.agent`)) checkAgent(c, item.agent, `${p}.agent`);
    } else if (c.object(item.group, `${p}.group`)) {
      if (item.group.objectType !== 'Group') c.fail(`${p}.group.objectType`, 'must be "Group"');
      else checkGroup(c, item.group, `${p}.group`);
    }
    if (item.relevantTypes !== undefined) {
      if (!Array.isArray(item.relevantTypes) || item.relevantTypes.length === 0) c.fail(`${p}.relevantTypes`, 'must be a non-empty array of IRIs');
      else item.relevantTypes.forEach((t, j) => c.iri(t, `${p}.relevantTypes[${j}]`));
    }
  });
}

// Attachments (Data 2.4.11): each describes its content by usage type, display, media type, length and SHA-2.
function checkAttachments(c: Checker, value: unknown, path: string): void {
  if (!Array.isArray(value)) return c.fail(path, 'must be an array of attachments');
  value.forEach((a, i) => {
    const p = `${path}[${i}]`;
    if (!c.object(a, p)) return;
    c.onlyKeys(a, ATTACHMENT_KEYS, p);
    c.iri(a.usageType, `${p}.usageType`);
    c.languageMap(a.display, `${p}.display`);
    if (a.description !== undefined) c.languageMap(a.description, `${p}.description`);
    c.matches(a.contentType, MEDIA_TYPE, `${p}.contentType`, 'an Internet media type (e.g. image/jpeg)');
    if (typeof a.length !== 'number' || !Number.isInteger(a.length) || a.length < 0) c.fail(`${p}.length`, 'must be a whole number of octets');
    c.matches(a.sha2, SHA2, `${p}.sha2`, 'a SHA-2 hex digest');
    if (a.fileUrl !== undefined) c.iri(a.fileUrl, `${p}.fileUrl`);
  });
}

// A voiding statement points at the statement it voids, and cannot itself be voided by mistake of shape.
function checkVoiding(c: Checker, s: Json): void {
  const verb = s.verb as Json | undefined;
  if (verb?.id !== ADL_VERBS.voided) return;
  const object = s.object as Json | undefined;
  if (object?.objectType !== 'StatementRef') c.fail('statement.object', 'of a voiding statement must be a StatementRef');
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// An explicit stack, not recursion: the point is to survive a document nested thousands deep.
function checkJsonValues(c: Checker, root: unknown, rootPath: string): void {
  const stack: [unknown, string, number][] = [[root, rootPath, 0]];
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'string') {
      checkText(c, value, path);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) {
      c.fail(path, `is nested deeper than ${MAX_JSON_DEPTH} levels`);
      continue;
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    for (const [key, child] of entries) {
      const childPath = Array.isArray(value) ? `${path}[${key}]` : /^[A-Za-z_][\w-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      if (!Array.isArray(value)) checkText(c, key, `${childPath} (the key)`);
      stack.push([child, childPath, depth + 1]);
    }
  }
}

function checkText(c: Checker, text: string, path: string): void {
  if (text.includes('\u0000')) c.fail(path, 'contains a NUL character (\\u0000)');
  if (LONE_SURROGATE.test(text)) c.fail(path, 'contains a lone UTF-16 surrogate (not valid Unicode)');
}

// The pattern admits 2026-13-45T25:61:00Z; a real calendar date and clock time are required as well.
function checkTimestamp(c: Checker, value: unknown, path: string): void {
  if (!c.matches(value, TIMESTAMP, path, 'an ISO 8601 date-time with a time zone')) return;
  // RFC 3339's -00:00 means "local offset unknown": no instant, so no timestamp.
  if (/-00:?00$/.test(value as string)) return c.fail(path, 'must not use the offset -00:00 (an unknown local offset)');
  const [, y = 0, mo = 0, d = 0, h = 0, mi = 0, se = NaN] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value as string)!.map(Number);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const real = y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth && h <= 23 && mi <= 59 && (Number.isNaN(se) || se <= 59);
  if (!real) c.fail(path, `is not a real date and time (${String(value)})`);
}

/** Problems with an Agent or Group given on its own (the `agent` parameter of a statement query); empty when valid. */
export function validateActor(input: unknown, path = 'agent'): string[] {
  const c = new Checker();
  checkActor(c, input, path);
  return c.errors;
}
