// Stores, merges, lists and deletes the documents of the State, Agent Profile and Activity Profile resources.
// Every change runs in a transaction holding a lock on the document's key, so that two writers cannot both pass
// the same precondition.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { badInput } from '../../common/errors/domain-error.js';
import { checkPreconditions, etagOf, type Preconditions } from './concurrency.js';
import { XapiDocumentEntity, type XapiDocumentKind } from './xapi-document.entity.js';

/** Where documents live: the organisation and resource, plus the parameters that resource uses ('' otherwise). */
export interface DocumentScope {
  organisationId: string;
  kind: XapiDocumentKind;
  activityId: string;
  agentIfi: string;
  registration: string;
}

export interface DocumentKey extends DocumentScope {
  documentId: string;
}

export interface IncomingDocument {
  contentType: string;
  content: Buffer;
}

export const isJsonType = (contentType: string) => (contentType.split(';')[0] ?? '').trim().toLowerCase() === 'application/json';

@Injectable()
export class XapiDocumentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(key: DocumentKey): Promise<XapiDocumentEntity | null> {
    return this.dataSource.getRepository(XapiDocumentEntity).findOneBy(key);
  }

  /** The ids of the scope's documents (stored or updated after `since`, exclusive), with the latest change. */
  async ids(scope: DocumentScope, since?: Date): Promise<{ ids: string[]; lastModified?: Date }> {
    const where: FindOptionsWhere<XapiDocumentEntity> = { ...scope, ...(since ? { updated: MoreThan(since) } : {}) };
    const rows = await this.dataSource.getRepository(XapiDocumentEntity).find({ where, select: { documentId: true, updated: true }, order: { documentId: 'ASC' } });
    const latest = rows.reduce<Date | undefined>((max, row) => (!max || row.updated > max ? row.updated : max), undefined);
    return { ids: rows.map((row) => row.documentId), lastModified: latest };
  }

  /** PUT: stores or replaces the document. */
  async put(key: DocumentKey, incoming: IncomingDocument, preconditions: Preconditions, conflictWithoutHeaders: boolean): Promise<void> {
    await this.locked(key, async (manager, current) => {
      checkPreconditions(current?.etag, preconditions, conflictWithoutHeaders);
      await this.save(manager, key, current, incoming);
    });
  }

  /** POST: stores a new document, or merges a JSON object into an existing JSON object (top-level properties). */
  async post(key: DocumentKey, incoming: IncomingDocument, preconditions: Preconditions): Promise<void> {
    await this.locked(key, async (manager, current) => {
      checkPreconditions(current?.etag, preconditions, false);
      if (!current) return this.save(manager, key, undefined, incoming);
      const posted = jsonObject(incoming);
      const existing = jsonObject(current);
      if (!posted || !existing) {
        throw badInput('POST merges JSON objects only: both the stored document and the posted one must be application/json objects. Use PUT to replace the document.');
      }
      const merged = Buffer.from(JSON.stringify({ ...existing, ...posted }));
      await this.save(manager, key, current, { contentType: 'application/json', content: merged });
    });
  }

  async delete(key: DocumentKey, preconditions: Preconditions): Promise<void> {
    await this.locked(key, async (manager, current) => {
      checkPreconditions(current?.etag, preconditions, false);
      if (current) await manager.delete(XapiDocumentEntity, { id: current.id });
    });
  }

  /** DELETE of the State resource without stateId: every state document of the activity, agent (and registration). */
  async deleteAll(scope: DocumentScope): Promise<void> {
    await this.dataSource.getRepository(XapiDocumentEntity).delete(scope);
  }

  private async locked(key: DocumentKey, work: (manager: EntityManager, current: XapiDocumentEntity | undefined) => Promise<void>) {
    const lockName = JSON.stringify([key.organisationId, key.kind, key.activityId, key.agentIfi, key.registration, key.documentId]);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [lockName]);
      const current = (await manager.findOneBy(XapiDocumentEntity, key)) ?? undefined;
      await work(manager, current);
    });
  }

  private async save(manager: EntityManager, key: DocumentKey, current: XapiDocumentEntity | undefined, incoming: IncomingDocument) {
    const values = { contentType: incoming.contentType, content: incoming.content, etag: etagOf(incoming.content), updated: new Date() };
    if (current) await manager.update(XapiDocumentEntity, { id: current.id }, values);
    else await manager.insert(XapiDocumentEntity, { ...key, ...values });
  }
}

function jsonObject(document: { contentType: string; content: Buffer }): Record<string, unknown> | undefined {
  if (!isJsonType(document.contentType)) return undefined;
  try {
    const value: unknown = JSON.parse(document.content.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
