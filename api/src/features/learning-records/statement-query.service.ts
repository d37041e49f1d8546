// Reads the ledger for the xAPI GET: one statement by id, or a filtered page with a `more` cursor.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor, Statement } from '@fit/shared';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { actorIfi } from './actor-identity.js';
import { workerScope, type XapiPrincipal } from './xapi-principal.js';

export interface StatementFilters {
  agent?: string;
  verb?: string;
  activity?: string;
  registration?: string;
  since?: string;
  until?: string;
  limit?: string;
  ascending?: string;
}

interface Cursor {
  filters: StatementFilters;
  stored: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;

@Injectable()
export class StatementQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(principal: XapiPrincipal, id: string, voided: boolean): Promise<Statement> {
    if (!UUID.test(id)) throw badInput('statementId must be a UUID.');
    const rows: { statement: Statement }[] = await this.dataSource.query(
      `select statement from xapi_statements
       where organisation_id = $1 and id = $2::uuid and voided = $3 and ($4::uuid is null or actor_user_id = $4)`,
      [principal.organisationId, id, voided, workerScope(principal)],
    );
    if (rows.length === 0) throw notFound('This statement');
    return rows[0].statement;
  }

  async page(principal: XapiPrincipal, query: StatementFilters & { more?: string }): Promise<{ statements: Statement[]; more: string }> {
    const cursor = query.more ? decodeCursor(query.more) : undefined;
    const f = cursor?.filters ?? query;
    const limit = parseLimit(f.limit);
    const ascending = f.ascending === 'true';
    const where = ['organisation_id = $1', 'not voided'];
    const params: unknown[] = [principal.organisationId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const worker = workerScope(principal);
    if (worker) add('actor_user_id = ?', worker);
    if (f.agent) add('actor_ifi = ?', actorIfi(parseAgent(f.agent)));
    if (f.verb) add('verb_id = ?', f.verb);
    if (f.activity) add('object_id = ?', f.activity);
    if (f.registration) add('registration = ?::uuid', f.registration);
    if (f.since) add('stored > ?::timestamptz', parseTime(f.since, 'since'));
    if (f.until) add('stored <= ?::timestamptz', parseTime(f.until, 'until'));
    if (cursor) {
      params.push(cursor.stored, cursor.id);
      where.push(`(stored, id) ${ascending ? '>' : '<'} ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const order = ascending ? 'asc' : 'desc';
    const rows: { statement: Statement; stored_text: string; id: string }[] = await this.dataSource.query(
      `select statement, to_json(stored)#>>'{}' as stored_text, id from xapi_statements
       where ${where.join(' and ')} order by stored ${order}, id ${order} limit ${limit + 1}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const more = rows.length > limit && last ? `/xapi/statements?more=${encodeCursor({ filters: f, stored: last.stored_text, id: last.id })}` : '';
    return { statements: page.map((r) => r.statement), more };
  }
}

function parseLimit(limit: string | undefined): number {
  if (limit === undefined || limit === '' || limit === '0') return DEFAULT_LIMIT;
  const n = Number(limit);
  if (!Number.isInteger(n) || n < 0) throw badInput('limit must be a whole number.');
  return Math.min(n, MAX_LIMIT);
}

function parseAgent(text: string): Actor {
  try {
    return JSON.parse(text) as Actor;
  } catch {
    throw badInput('agent must be an Agent as JSON, e.g. {"mbox":"mailto:name@site.fr"}.');
  }
}

function parseTime(text: string, name: string): string {
  if (Number.isNaN(Date.parse(text))) throw badInput(`${name} must be an ISO 8601 date-time.`);
  return text;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.stored !== 'string' || typeof cursor.id !== 'string') throw new Error('incomplete');
    return cursor;
  } catch {
    throw badInput('This `more` link is not valid; start again from the first page.');
  }
}
