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

const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version'];
const AGENT_KEYS = ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'];
const CONTEXT_KEYS = ['registration', 'instructor', 'team', 'contextActivities', 'revision', 'platform', 'language', 'statement', 'extensions', 'contextAgents', 'contextGroups'];

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

export function validateStatement(input: unknown, options: { requireId?: boolean } = {}): ValidationResult {
  const c = new Checker();
  if (!c.object(input, 'statement')) return { ok: false, errors: c.errors };
  // Before any rule reads it: what PostgreSQL cannot store (NUL, lone surrogates) or what would exhaust a
  // recursive walk must come back as a 400 naming the place, not as a failure deep in the store.
  checkJsonValues(c, input, 'statement');
  if (c.errors.length) return { ok: false, errors: c.errors };
  const s = input;
  c.onlyKeys(s, STATEMENT_KEYS, 'statement');
  if (s.id !== undefined || options.requireId) c.matches(s.id, UUID, 'statement.id', 'a UUID');
  checkActor(c, s.actor, 'statement.actor');
  checkVerb(c, s.verb, 'statement.verb');
  checkObject(c, s.object, 'statement.object');
  if (s.result !== undefined) checkResult(c, s.result, 'statement.result');
  if (s.context !== undefined) checkContext(c, s.context, 'statement.context');
  if (s.timestamp !== undefined) checkTimestamp(c, s.timestamp, 'statement.timestamp');
  if (s.stored !== undefined) checkTimestamp(c, s.stored, 'statement.stored');
  if (s.authority !== undefined) checkActor(c, s.authority, 'statement.authority');
  if (s.version !== undefined) c.matches(s.version, VERSION, 'statement.version', 'an xAPI version 1.0.x or 2.0.x');
  checkVoiding(c, s);
  return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, statement: s as unknown as Statement };
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
  const identified = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some((k) => g[k] !== undefined);
  if (identified) checkIdentifier(c, g, path);
  if (g.member === undefined) {
    if (!identified) c.fail(`${path}.member`, 'is required for an anonymous group');
    return;
  }
  if (!Array.isArray(g.member)) return c.fail(`${path}.member`, 'must be an array of agents');
  g.member.forEach((m, i) => c.object(m, `${path}.member[${i}]`) && checkAgent(c, m as Json, `${path}.member[${i}]`));
}

function checkVerb(c: Checker, value: unknown, path: string): void {
  if (!c.object(value, path)) return;
  c.onlyKeys(value, ['id', 'display'], path);
  c.iri(value.id, `${path}.id`);
  if (value.display !== undefined) c.languageMap(value.display, `${path}.display`);
}

function checkObject(c: Checker, value: unknown, path: string): void {
  if (!c.object(value, path)) return;
  const type = value.objectType ?? 'Activity';
  if (type === 'Activity') return checkActivity(c, value, path);
  if (type === 'Agent' || type === 'Group') return checkActor(c, value, path);
  if (type === 'StatementRef') {
    c.onlyKeys(value, ['objectType', 'id'], path);
    c.matches(value.id, UUID, `${path}.id`, 'a UUID');
    return;
  }
  c.fail(`${path}.objectType`, 'must be Activity, Agent, Group or StatementRef');
}

function checkActivity(c: Checker, a: Json, path: string): void {
  c.onlyKeys(a, ['objectType', 'id', 'definition'], path);
  c.iri(a.id, `${path}.id`);
  if (a.definition === undefined || !c.object(a.definition, `${path}.definition`)) return;
  const d = a.definition;
  c.onlyKeys(d, ['name', 'description', 'type', 'moreInfo', 'extensions', 'interactionType', 'correctResponsesPattern', 'choices', 'scale', 'source', 'target', 'steps'], `${path}.definition`);
  if (d.name !== undefined) c.languageMap(d.name, `${path}.definition.name`);
  if (d.description !== undefined) c.languageMap(d.description, `${path}.definition.description`);
  if (d.type !== undefined) c.iri(d.type, `${path}.definition.type`);
  if (d.extensions !== undefined) c.extensions(d.extensions, `${path}.definition.extensions`);
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

function checkContext(c: Checker, value: unknown, path: string): void {
  if (!c.object(value, path)) return;
  c.onlyKeys(value, CONTEXT_KEYS, path);
  if (value.registration !== undefined) c.matches(value.registration, UUID, `${path}.registration`, 'a UUID');
  if (value.instructor !== undefined) checkActor(c, value.instructor, `${path}.instructor`);
  if (value.team !== undefined) checkActor(c, value.team, `${path}.team`);
  if (value.language !== undefined) c.matches(value.language, LANGUAGE_TAG, `${path}.language`, 'a language tag (e.g. fr)');
  if (value.extensions !== undefined) c.extensions(value.extensions, `${path}.extensions`);
  if (value.statement !== undefined) checkObject(c, { objectType: 'StatementRef', ...(value.statement as Json) }, `${path}.statement`);
  if (value.contextActivities !== undefined && c.object(value.contextActivities, `${path}.contextActivities`)) {
    const ca = value.contextActivities;
    c.onlyKeys(ca, ['parent', 'grouping', 'category', 'other'], `${path}.contextActivities`);
    for (const [key, list] of Object.entries(ca)) {
      const items = Array.isArray(list) ? list : [list];
      items.forEach((a, i) => c.object(a, `${path}.contextActivities.${key}[${i}]`) && checkActivity(c, a as Json, `${path}.contextActivities.${key}[${i}]`));
    }
  }
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
  const [, y = 0, mo = 0, d = 0, h = 0, mi = 0, se = NaN] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value as string)!.map(Number);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const real = y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth && h <= 23 && mi <= 59 && (Number.isNaN(se) || se <= 59);
  if (!real) c.fail(path, `is not a real date and time (${String(value)})`);
}
