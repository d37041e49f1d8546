// Minimal xAPI client for tests: statements made the way the tablet makes them, sent over real HTTP.
import { createHash, randomUUID } from 'node:crypto';
import { FIT_ACCOUNT_HOMEPAGE } from '@fit/shared';
import type { DataSource } from 'typeorm';
import { MembershipEntity } from '../features/identity/membership.entity.js';
import { OrganisationEntity } from '../features/identity/organisation.entity.js';
import { UserEntity } from '../features/identity/user.entity.js';
import { XapiCredentialsService } from '../features/learning-records/xapi-credentials.service.js';
import { XapiCredentialEntity } from '../features/learning-records/xapi-credential.entity.js';

export interface XapiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export function xapiClient(baseUrl: string, authorization: string) {
  return async function xapi<T = unknown>(
    method: string,
    query = '',
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<XapiResponse<T>> {
    const res = await fetch(`${baseUrl}/xapi/statements${query}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'x-experience-api-version': '2.0.0',
        authorization,
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
  };
}

export async function basicAuthFor(dataSource: DataSource, slug = 'demo'): Promise<string> {
  const org = await dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug });
  const pair = await new XapiCredentialsService(dataSource.getRepository(XapiCredentialEntity)).issue(org.id, 'test');
  return `Basic ${Buffer.from(`${pair.key}:${pair.secret}`).toString('base64')}`;
}

export async function addWorker(dataSource: DataSource, displayName: string, email: string, slug = 'demo'): Promise<string> {
  const org = await dataSource.getRepository(OrganisationEntity).findOneByOrFail({ slug });
  const users = dataSource.getRepository(UserEntity);
  const { hashSecret } = await import('../features/identity/passwords.js');
  const user = await users.save(users.create({ displayName, email, passwordHash: await hashSecret('fit-demo'), language: 'fr' }));
  const memberships = dataSource.getRepository(MembershipEntity);
  await memberships.save(memberships.create({ userId: user.id, organisationId: org.id, role: 'worker' }));
  return user.id;
}

export const VERB = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
};

export function statementBy(userId: string, verb: string, activity: string, extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: FIT_ACCOUNT_HOMEPAGE, name: userId } },
    verb: { id: verb },
    object: { objectType: 'Activity', id: activity },
    timestamp: new Date().toISOString(),
    ...extra,
  };
}

/** One attachment's content for a multipart/mixed request, hashed as the xAPI specification asks. */
export interface RawPart {
  contentType: string;
  bytes: Buffer;
  /** Defaults to the SHA-256 of the bytes; set it to send a wrong one. */
  hash?: string;
  /** Defaults to binary. */
  encoding?: string | null;
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A multipart/mixed body: the statements as JSON first, then each part with its X-Experience-API-Hash. */
export function multipartOf(statements: unknown, parts: RawPart[], boundary = `b-${randomUUID()}`): { contentType: string; body: Buffer } {
  const chunks: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(statements)}\r\n`)];
  for (const p of parts) {
    const encoding = p.encoding === undefined ? 'Content-Transfer-Encoding: binary\r\n' : p.encoding === null ? '' : `Content-Transfer-Encoding: ${p.encoding}\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Type: ${p.contentType}\r\n${encoding}X-Experience-API-Hash: ${p.hash ?? sha256(p.bytes)}\r\n\r\n`), Buffer.from(p.bytes), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: Buffer.concat(chunks) };
}

/** Any request to /xapi/statements, with the body and headers as given: for content types and versions of every kind. */
export async function xapiRaw(baseUrl: string, authorization: string, method: string, query: string, init: { body?: Buffer | string; headers?: Record<string, string> } = {}) {
  return fetch(`${baseUrl}/xapi/statements${query}`, {
    method,
    headers: { 'x-experience-api-version': '2.0.0', authorization, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body,
  });
}
