// The `format` of a statement GET (Communication 2.1.3): `exact` as stored; `ids` with only what identifies each
// Agent, Group, Activity and Verb; `canonical` with every language map cut down to the one language the client prefers.
import type { Activity, Actor, Attachment, Context, Statement, StatementObject } from '@fit/shared';
import type { StatementFormat } from './statement-query-params.js';

type LanguageMap = Record<string, string>;
/** Picks the best of the offered language tags for the request (Express' Accept-Language negotiation), or none. */
export type LanguagePicker = (tags: string[]) => string | false;

export function formatStatement(statement: Statement, format: StatementFormat, pick: LanguagePicker): Statement {
  if (format === 'ids') return idsOf(statement);
  if (format === 'canonical') return canonicalOf(statement, pick);
  return statement;
}

// ---- ids ----

function idsOf<T extends Statement>(s: T): T {
  const out = { ...s, actor: actorIds(s.actor), verb: { id: s.verb.id }, object: objectIds(s.object) } as T;
  if (s.authority) out.authority = actorIds(s.authority);
  if (s.context) out.context = contextIds(s.context);
  return out;
}

function actorIds<T extends Actor>(a: T): T {
  const out: Record<string, unknown> = { objectType: a.objectType ?? 'Agent' };
  for (const key of ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const) if (a[key] !== undefined) out[key] = a[key];
  // An anonymous group is known only by its members.
  if (a.objectType === 'Group' && Object.keys(out).length === 1) out.member = (a.member ?? []).map(actorIds);
  return out as T;
}

function objectIds(o: StatementObject): StatementObject {
  if (o.objectType === 'Agent' || o.objectType === 'Group') return actorIds(o);
  if (o.objectType === 'StatementRef') return { objectType: 'StatementRef', id: o.id };
  if (o.objectType === 'SubStatement') return idsOf(o as unknown as Statement) as unknown as StatementObject;
  return { objectType: 'Activity', id: (o as Activity).id };
}

function contextIds(c: Context): Context {
  const out: Context = { ...c };
  if (c.instructor) out.instructor = actorIds(c.instructor);
  if (c.team) out.team = actorIds(c.team);
  if (c.contextAgents) out.contextAgents = c.contextAgents.map((a) => ({ ...a, agent: actorIds(a.agent) }));
  if (c.contextGroups) out.contextGroups = c.contextGroups.map((g) => ({ ...g, group: actorIds(g.group) }));
  if (c.contextActivities) {
    out.contextActivities = Object.fromEntries(
      Object.entries(c.contextActivities).map(([key, list]) => [key, (list ?? []).map((a) => ({ objectType: 'Activity' as const, id: a.id }))]),
    );
  }
  return out;
}

// ---- canonical ----

function canonicalOf<T extends Statement>(s: T, pick: LanguagePicker): T {
  const one = (map: LanguageMap | undefined) => (map ? oneLanguage(map, pick) : undefined);
  const out = { ...s, verb: withMap(s.verb, 'display', one), object: canonicalObject(s.object, pick) } as T;
  if (s.context?.contextActivities) {
    out.context = {
      ...s.context,
      contextActivities: Object.fromEntries(Object.entries(s.context.contextActivities).map(([key, list]) => [key, (list ?? []).map((a) => canonicalActivity(a, pick))])),
    };
  }
  if (s.attachments) out.attachments = s.attachments.map((a) => canonicalAttachment(a, pick));
  return out;
}

function canonicalObject(o: StatementObject, pick: LanguagePicker): StatementObject {
  if (o.objectType === 'SubStatement') return canonicalOf(o as unknown as Statement, pick) as unknown as StatementObject;
  if (o.objectType === undefined || o.objectType === 'Activity') return canonicalActivity(o as Activity, pick);
  return o;
}

function canonicalActivity(a: Activity, pick: LanguagePicker): Activity {
  if (!a.definition) return a;
  const one = (map: LanguageMap | undefined) => (map ? oneLanguage(map, pick) : undefined);
  const d = withMap(withMap(a.definition, 'name', one), 'description', one);
  for (const list of ['choices', 'scale', 'source', 'target', 'steps'] as const) {
    if (d[list]) d[list] = d[list]!.map((component) => withMap(component, 'description', one));
  }
  return { ...a, definition: d };
}

function canonicalAttachment(a: Attachment, pick: LanguagePicker): Attachment {
  const one = (map: LanguageMap | undefined) => (map ? oneLanguage(map, pick) : undefined);
  return withMap(withMap(a, 'display', one), 'description', one);
}

function withMap<T extends object, K extends keyof T>(value: T, key: K, one: (map: LanguageMap | undefined) => LanguageMap | undefined): T {
  if (value[key] === undefined) return { ...value };
  return { ...value, [key]: one(value[key] as LanguageMap) };
}

/** The entry in the client's best language, else the first one (a map never comes back empty). */
function oneLanguage(map: LanguageMap, pick: LanguagePicker): LanguageMap {
  const tags = Object.keys(map);
  if (tags.length <= 1) return map;
  const best = pick(tags) || tags[0]!;
  return { [best]: map[best]! };
}
