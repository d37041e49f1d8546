import { describe, expect, it } from 'vitest';
import { canonicalStatement, durationSeconds } from './canonical.js';
import { validateStatement } from './validate-statement.js';

const valid = () => ({
  id: '3f1c6a8e-2b7d-4c1e-9a3b-5d6e7f8a9b0c',
  actor: { objectType: 'Agent', account: { homePage: 'https://w3id.org/fit/users', name: 'u-1' }, name: 'Karim' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { en: 'completed', fr: 'a terminé' } },
  object: { objectType: 'Activity', id: 'https://w3id.org/fit/modules/airtight-windows/v/1', definition: { name: { fr: 'Étanchéité' } } },
  result: { score: { scaled: 0.8, raw: 8, min: 0, max: 10 }, success: true, completion: true, duration: 'PT7M30S' },
  context: { registration: '8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a', language: 'fr', platform: 'FIT tablet' },
  timestamp: '2026-11-20T09:15:00.000Z',
});

// Test mutators reach into arbitrary depths of a statement on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Mutator = (s: Record<string, any>) => void;

const MALFORMED: [string, Mutator, RegExp][] = [
  ['id that is not a UUID', (s) => (s.id = '1234'), /statement.id must be a UUID/],
  ['missing actor', (s) => delete s.actor, /statement.actor must be an object/],
  ['actor with no identifier', (s) => (s.actor = { name: 'Karim' }), /exactly one identifier/],
  ['actor with two identifiers', (s) => (s.actor.mbox = 'mailto:k@site.fr'), /exactly one identifier/],
  ['mbox without mailto:', (s) => (s.actor = { mbox: 'k@site.fr' }), /mbox must be a mailto: address/],
  ['mbox_sha1sum that is not SHA-1', (s) => (s.actor = { mbox_sha1sum: 'abc' }), /SHA-1/],
  ['account without homePage IRI', (s) => (s.actor = { account: { homePage: 'fit', name: 'x' } }), /homePage must be an absolute IRI/],
  ['account with empty name', (s) => (s.actor = { account: { homePage: 'https://a.fr', name: '' } }), /account.name must be a non-empty/],
  ['anonymous group without members', (s) => (s.actor = { objectType: 'Group' }), /member is required/],
  ['group whose member is broken', (s) => (s.actor = { objectType: 'Group', member: [{ name: 'x' }] }), /member\[0\] must have exactly one/],
  ['missing verb', (s) => delete s.verb, /statement.verb must be an object/],
  ['verb id that is not an IRI', (s) => (s.verb.id = 'completed'), /verb.id must be an absolute IRI/],
  ['verb display with a bad language tag', (s) => (s.verb.display = { 'not a tag': 'x' }), /is not a language tag/],
  ['missing object', (s) => delete s.object, /statement.object must be an object/],
  ['activity id that is not an IRI', (s) => (s.object.id = 'module 1'), /object.id must be an absolute IRI/],
  ['unknown object type', (s) => (s.object.objectType = 'Module'), /objectType must be Activity/],
  ['StatementRef with a bad id', (s) => (s.object = { objectType: 'StatementRef', id: 'x' }), /object.id must be a UUID/],
  ['scaled score above 1', (s) => (s.result.score.scaled = 1.5), /scaled must be between -1 and 1/],
  ['raw score above max', (s) => (s.result.score.raw = 11), /raw must not be above max/],
  ['min greater than max', (s) => (s.result.score = { min: 10, max: 0 }), /min must not be greater than max/],
  ['score that is a string', (s) => (s.result.score.raw = '8'), /raw must be a number/],
  ['success that is a string', (s) => (s.result.success = 'yes'), /success must be true or false/],
  ['duration that is not ISO 8601', (s) => (s.result.duration = '7 minutes'), /ISO 8601 duration/],
  ['registration that is not a UUID', (s) => (s.context.registration = 'r-1'), /registration must be a UUID/],
  ['context language that is not a tag', (s) => (s.context.language = 'français!'), /language must be a language tag/],
  ['extension key that is not an IRI', (s) => (s.result.extensions = { score: 1 }), /must be an absolute IRI/],
  ['timestamp without a time zone', (s) => (s.timestamp = '2026-11-20T09:15:00'), /timestamp must be an ISO 8601/],
  ['timestamp that is not a date', (s) => (s.timestamp = 'yesterday'), /timestamp must be an ISO 8601/],
  ['timestamp with month 13 and hour 25', (s) => (s.timestamp = '2026-13-45T25:61:00Z'), /timestamp is not a real date and time/],
  ['timestamp with the offset -00:00', (s) => (s.timestamp = '2026-11-20T09:15:00-00:00'), /must not use the offset -00:00/],
  ['timestamp on 30 February', (s) => (s.timestamp = '2026-02-30T10:00:00Z'), /timestamp is not a real date and time/],
  ['NUL character in a name', (s) => (s.actor.name = 'Ka\u0000rim'), /statement.actor.name contains a NUL character/],
  ['lone surrogate in a display', (s) => (s.verb.display.en = 'done\ud800'), /statement.verb.display.en contains a lone UTF-16 surrogate/],
  ['NUL in an extension key', (s) => (s.result.extensions = { 'https://a.fr/\u0000': 1 }), /contains a NUL character/],
  ['extension nested 5,000 deep', (s) => (s.result.extensions = { 'https://a.fr/x': nested(5_000) }), /is nested deeper than 32 levels/],
  ['unsupported version', (s) => (s.version = '0.9'), /version must be an xAPI version/],
  ['unknown top-level property', (s) => (s.comment = 'hi'), /statement.comment is not an xAPI property/],
  ['SubStatement with an id', (s) => (s.object = { ...sub(), id: s.id }), /object.id must not be in a SubStatement/],
  ['SubStatement inside a SubStatement', (s) => (s.object = { ...sub(), object: sub() }), /must not contain a SubStatement of its own/],
  ['platform when the object is an Agent', (s) => (s.object = { objectType: 'Agent', mbox: 'mailto:a@b.fr' }), /context.platform may only be used when the object is an Activity/],
  ['team that is an Agent', (s) => (s.context.team = { mbox: 'mailto:a@b.fr' }), /context.team.objectType must be "Group"/],
  ['authority Group of one Agent', (s) => (s.authority = { objectType: 'Group', member: [{ mbox: 'mailto:a@b.fr' }] }), /exactly two Agents/],
  ['unknown interactionType', (s) => (s.object.definition.interactionType = 'essay'), /interactionType must be one of/],
  ['scale on a choice interaction', (s) => Object.assign(s.object.definition, { interactionType: 'choice', scale: [{ id: '1' }] }), /scale is not used by the interaction type choice/],
  ['duplicate component ids', (s) => Object.assign(s.object.definition, { interactionType: 'sequencing', choices: [{ id: 'a' }, { id: 'a' }] }), /choices\[1\].id repeats a/],
  ['moreInfo that is not an IRL', (s) => (s.object.definition.moreInfo = 'manual'), /moreInfo must be an absolute IRI/],
  ['attachment without display', (s) => (s.attachments = [{ usageType: 'https://a.fr/u', contentType: 'text/plain', length: 1, sha2: 'a'.repeat(64) }]), /attachments\[0\].display must be an object/],
  ['voiding statement that does not point at a statement', (s) => (s.verb.id = 'http://adlnet.gov/expapi/verbs/voided'), /voiding statement must be a StatementRef/],
];

function sub() {
  return { objectType: 'SubStatement', actor: { mbox: 'mailto:k@site.fr' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: 'https://a.fr/x' } };
}

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { next: value };
  return value;
}

describe(validateStatement.name, () => {
  it('accepts a complete, valid statement', () => {
    expect(validateStatement(valid())).toEqual({ ok: true, statement: valid() });
  });

  it('accepts text with paired surrogates (emoji) and a leap-day timestamp', () => {
    const s = valid();
    s.verb.display.en = 'done 👷';
    s.timestamp = '2028-02-29T23:59:59+01:00';
    expect(validateStatement(s).ok).toBe(true);
  });

  it('accepts a statement without an id unless the caller requires one', () => {
    const s: Record<string, unknown> = valid();
    delete s.id;
    expect(validateStatement(s).ok).toBe(true);
    expect(validateStatement(s, { requireId: true })).toEqual({ ok: false, errors: ['statement.id must be a UUID'] });
  });

  it.each(MALFORMED)('refuses a statement with %s, naming the field', (_label, mutate, message) => {
    const s = valid();
    mutate(s);
    const result = validateStatement(s);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.join('\n')).toMatch(message);
  });

  it('accepts a SubStatement, and contextAgents only from a 2.0 client', () => {
    const s: Record<string, unknown> = { ...valid(), object: sub(), context: { registration: valid().context.registration } };
    expect(validateStatement(s).ok).toBe(true);
    const withAgents = { ...valid(), context: { contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:a@b.fr' } }] } };
    expect(validateStatement(withAgents, { version: '2.0.0' }).ok).toBe(true);
    expect(validateStatement(withAgents, { version: '1.0.3' })).toEqual({ ok: false, errors: ['statement.context.contextAgents is not an xAPI property'] });
  });

  it('returns a single context Activity as an array of one', () => {
    const s = { ...valid(), context: { contextActivities: { parent: { id: 'https://a.fr/m' } } } };
    const result = validateStatement(s);
    expect(result.ok && result.statement.context?.contextActivities?.parent).toEqual([{ id: 'https://a.fr/m' }]);
  });

  it('refuses what is not an object at all', () => {
    expect(validateStatement('statement')).toEqual({ ok: false, errors: ['statement must be an object'] });
    expect(validateStatement([valid()]).ok).toBe(false);
  });

  it('accepts a voiding statement that points at a statement', () => {
    const voiding = { ...valid(), verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: valid().id } };
    delete (voiding as Record<string, unknown>).result;
    // platform describes an Activity: a statement about a statement has none.
    delete (voiding.context as Record<string, unknown>).platform;
    expect(validateStatement(voiding).ok).toBe(true);
  });
});

describe(canonicalStatement.name, () => {
  it('is the same whatever the key order, and ignores server-set fields', () => {
    const a = valid();
    const b = { timestamp: a.timestamp, context: a.context, result: a.result, object: a.object, verb: a.verb, actor: a.actor, id: a.id };
    expect(canonicalStatement({ ...b, stored: '2026-11-21T00:00:00Z', version: '2.0.0' } as never)).toBe(canonicalStatement(a as never));
  });

  it('differs when the content differs', () => {
    const changed = valid();
    changed.result.score.raw = 9;
    expect(canonicalStatement(changed as never)).not.toBe(canonicalStatement(valid() as never));
  });
});

describe(durationSeconds.name, () => {
  it('reads the durations a module reports', () => {
    expect(durationSeconds('PT7M30S')).toBe(450);
    expect(durationSeconds('PT1H')).toBe(3600);
    expect(durationSeconds('P1DT2H')).toBe(93_600);
    expect(durationSeconds(undefined)).toBe(0);
    expect(durationSeconds('nonsense')).toBe(0);
  });
});
