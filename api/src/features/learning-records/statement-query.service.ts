// Reads the ledger for the xAPI GET: one statement by id, or a filtered page with a `more` cursor that stays valid
// whatever is stored meanwhile (it resumes after the last statement seen, not at an offset).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor, Statement } from '@fit/shared';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { actorIfi } from './actor-identity.js';
import { parseAgent, type StatementFilters, type StatementFormat, type StatementQuery } from './statement-query-params.js';
import type { AttachmentPart } from './statement-multipart.js';
import { workerScope, type XapiPrincipal } from './xapi-principal.js';
import { queryOne, queryRows } from '../../common/sql.js';

interface Cursor {
  filters: StatementFilters;
  format: StatementFormat;
  attachments: boolean;
  stored: string;
  id: string;
}

export interface StatementPage {
  statements: Statement[];
  more: string;
  /** How the caller asked for the statements (the cursor's, when following `more`). */
  format: StatementFormat;
  attachments: boolean;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'];

@Injectable()
export class StatementQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(principal: XapiPrincipal, id: string, voided: boolean): Promise<{ statement: Statement; stored: Date }> {
    const row = await queryOne<{ statement: Statement; stored: Date }>(
      this.dataSource,
      `select statement, stored from xapi_statements
       where organisation_id = $1 and id = $2::uuid and voided = $3 and ($4::uuid is null or actor_user_id = $4)`,
      [principal.organisationId, id, voided, workerScope(principal)],
    );
    if (!row) throw notFound('This statement');
    return row;
  }

  async page(principal: XapiPrincipal, query: StatementQuery): Promise<StatementPage> {
    const cursor = query.more ? decodeCursor(query.more) : undefined;
    const f = cursor?.filters ?? query.filters;
    // 0 or none means the server's page size; a cursor is client-held text, so its limit is checked again.
    const asked = Number(f.limit ?? 0);
    const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_LIMIT) : DEFAULT_LIMIT;
    const ascending = f.ascending === true;
    const where = ['organisation_id = $1', 'not voided'];
    const params: unknown[] = [principal.organisationId];
    const add = (sql: string, ...values: unknown[]) => {
      let text = sql;
      for (const value of values) {
        params.push(value);
        text = text.replace('?', `$${params.length}`);
      }
      where.push(text);
    };
    const worker = workerScope(principal);
    if (worker) add('actor_user_id = ?', worker);
    if (f.agent) {
      const agent = parseAgent(f.agent);
      const key = actorIfi(agent);
      add('(actor_ifi = ? or object_id = ? or statement @> any(?::jsonb[]))', key, key, agentPatterns(agent, f.related_agents === true).map((p) => JSON.stringify(p)));
    }
    if (f.verb) add('verb_id = ?', f.verb);
    if (f.activity) {
      if (f.related_activities) add('(object_id = ? or statement @> any(?::jsonb[]))', f.activity, activityPatterns(f.activity).map((p) => JSON.stringify(p)));
      else add('object_id = ?', f.activity);
    }
    if (f.registration) add('registration = ?::uuid', f.registration);
    if (f.since) add('stored > ?::timestamptz', f.since);
    if (f.until) add('stored <= ?::timestamptz', f.until);
    if (cursor) add(`(stored, id) ${ascending ? '>' : '<'} (?::timestamptz, ?::uuid)`, cursor.stored, cursor.id);
    const order = ascending ? 'asc' : 'desc';
    const rows = await queryRows<{ statement: Statement; stored_text: string; id: string }>(
      this.dataSource,
      `select statement, to_json(stored)#>>'{}' as stored_text, id from xapi_statements
       where ${where.join(' and ')} order by stored ${order}, id ${order} limit ${limit + 1}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const format = cursor?.format ?? query.format;
    const attachments = cursor?.attachments ?? query.attachments;
    const more = rows.length > limit && last ? `/xapi/statements?more=${encodeCursor({ filters: f, format, attachments, stored: last.stored_text, id: last.id })}` : '';
    return { statements: page.map((r) => r.statement), more, format, attachments };
  }

  /** The stored content of the statements' attachments, each once (those given only by fileUrl have none). */
  async attachmentParts(principal: XapiPrincipal, statements: Statement[]): Promise<AttachmentPart[]> {
    const hashes = new Set<string>();
    for (const s of statements) {
      for (const a of s.attachments ?? []) hashes.add(a.sha2.toLowerCase());
      if (s.object.objectType === 'SubStatement') for (const a of s.object.attachments ?? []) hashes.add(a.sha2.toLowerCase());
    }
    if (!hashes.size) return [];
    const rows = await queryRows<{ sha2: string; content_type: string; content: Buffer }>(
      this.dataSource,
      'select sha2, content_type, content from xapi_attachments where organisation_id = $1 and sha2 = any($2::text[]) order by sha2',
      [principal.organisationId, [...hashes]],
    );
    return rows.map((r) => ({ sha2: r.sha2, contentType: r.content_type, bytes: r.content }));
  }
}

/** The identifier alone, as it appears wherever the agent is named; null for an anonymous group. */
function ifiOf(agent: Actor): Record<string, unknown> | null {
  for (const key of ['mbox', 'mbox_sha1sum', 'openid'] as const) if (agent[key]) return { [key]: agent[key] };
  return agent.account ? { account: { homePage: agent.account.homePage, name: agent.account.name } } : null;
}

function nest(path: string[], leaf: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf) as Record<string, unknown>;
}

/**
 * JSON containment patterns for the agent filter: as a member of the actor or object group; with related_agents, also
 * the authority, instructor, team, context agents and groups, and the same places inside a SubStatement.
 */
function agentPatterns(agent: Actor, related: boolean): Record<string, unknown>[] {
  const ifi = ifiOf(agent);
  if (!ifi) return [];
  const asActor = (path: string[]) => [nest(path, ifi), nest([...path, 'member'], [ifi])];
  const patterns = [nest(['actor', 'member'], [ifi]), nest(['object', 'member'], [ifi])];
  if (!related) return patterns;
  patterns.push(...asActor(['authority']));
  for (const base of [[], ['object']]) {
    if (base.length) patterns.push(...asActor(['object', 'actor']), ...asActor(['object', 'object']));
    patterns.push(
      ...asActor([...base, 'context', 'instructor']),
      ...asActor([...base, 'context', 'team']),
      nest([...base, 'context', 'contextAgents'], [{ agent: ifi }]),
      nest([...base, 'context', 'contextGroups'], [{ group: ifi }]),
      nest([...base, 'context', 'contextGroups'], [{ group: { member: [ifi] } }]),
    );
  }
  return patterns;
}

/** related_activities: the context activities of the statement, and the object and context activities of a SubStatement. */
function activityPatterns(activity: string): Record<string, unknown>[] {
  const patterns = [nest(['object', 'object'], { id: activity })];
  for (const base of [[], ['object']]) {
    for (const key of CONTEXT_ACTIVITY_KEYS) patterns.push(nest([...base, 'context', 'contextActivities', key], [{ id: activity }]));
  }
  return patterns;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.stored !== 'string' || typeof cursor.id !== 'string' || typeof cursor.filters !== 'object') throw new Error('incomplete');
    return cursor;
  } catch {
    throw badInput('This `more` link is not valid; start again from the first page.');
  }
}
