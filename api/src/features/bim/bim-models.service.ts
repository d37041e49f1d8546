// Model versions of a site: upload, list, retry, compare versions, query elements. Always scoped to the viewer's
// organisation: another organisation's site or model is "not found".
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { open, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import type { BimRule } from '@fit/shared';
import { APP_CONFIG } from '../../common/config.token.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, DomainError, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import type { AppConfig } from '../../config/config.js';
import { SiteEntity } from '../sites/site.entity.js';
import { SitesService } from '../sites/sites.service.js';
import { BimElementEntity } from './bim-element.entity.js';
import { BimModelEntity } from './bim-model.entity.js';
import { cleanFileName, modelFilePath, storeUpload, tooLarge } from './bim-files.js';
import { checkIfcEnvelope, IfcFileError } from './ifc-file-check.js';
import { rulesToSql } from './bim-rules.sql.js';
import { querySingle } from '../../common/sql.js';

export const BIM_PARSE_JOB = 'bim.parse';
export const BIM_GEOMETRY_JOB = 'bim.geometry';
const CHANGES_LIST_CAP = 200;

export interface ModelChangesResult {
  model: BimModelEntity;
  previous: BimModelEntity | null;
  addedCount: number;
  removedCount: number;
  added: string[];
  removed: string[];
}

export interface ElementQuery {
  rules?: BimRule[];
  storey?: string;
  limit: number;
  offset: number;
}

@Injectable()
export class BimModelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly sites: SitesService,
  ) {}

  /** Stores the uploaded file, records it as the site's next model version and queues its parsing. */
  async upload(viewer: Viewer, siteId: string, body: Readable, rawFileName: string | undefined, declaredBytes?: number) {
    const site = await this.sites.ownedOrFail(viewer, siteId);
    if (declaredBytes !== undefined && declaredBytes > this.config.maxIfcBytes) throw tooLarge(this.config.maxIfcBytes);
    const stored = await storeUpload(this.config.dataDir, body, this.config.maxIfcBytes);
    try {
      await refuseWhatIsNoIfc(stored.path);
      const model = await this.createVersion(this.dataSource.manager, site.id, {
        id: stored.modelId,
        fileName: cleanFileName(rawFileName),
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        createdById: viewer.userId,
      });
      this.jobs.kick();
      return model;
    } catch (error) {
      await rm(stored.path, { force: true });
      throw error;
    }
  }

  /** Records a model whose file is already at its place on disk, and queues its parsing (also used by the demo seed). */
  createVersion(
    manager: EntityManager,
    siteId: string,
    fields: Pick<BimModelEntity, 'id' | 'fileName' | 'sizeBytes' | 'sha256' | 'createdById'>,
  ): Promise<BimModelEntity> {
    const work = async (tx: EntityManager) => {
      // The site row lock serialises concurrent uploads to one site, so version numbers never collide.
      await tx.query('select id from sites where id = $1 for update', [siteId]);
      const { next } = await querySingle<{ next: number }>(
        tx,
        'select coalesce(max(version), 0) + 1 as next from bim_models where site_id = $1',
        [siteId],
      );
      const model = await tx.save(tx.create(BimModelEntity, { ...fields, siteId, version: next, status: 'uploaded' }));
      await this.jobs.enqueue(BIM_PARSE_JOB, { modelId: model.id }, tx, { singletonKey: model.id });
      return model;
    };
    return manager.queryRunner?.isTransactionActive ? work(manager) : manager.transaction(work);
  }

  async listForSite(viewer: Viewer, siteId: string): Promise<BimModelEntity[]> {
    await this.sites.readableOrFail(viewer, siteId);
    return this.dataSource.getRepository(BimModelEntity).find({ where: { siteId }, order: { version: 'DESC' } });
  }

  /**
   * The latest ready version of a site's model, or null. With no site given, a worker on a site tablet gets their
   * tablet's site; anyone else must name one.
   */
  async currentForSite(viewer: Viewer, siteId: string | null): Promise<BimModelEntity | null> {
    let id = siteId;
    if (id === null && viewer.tabletId) {
      const rows = await this.dataSource.query<{ site_id: string }[]>('select site_id from tablets where id = $1', [viewer.tabletId]);
      id = rows[0]?.site_id ?? null;
    }
    if (id === null) throw badInput('Choose a site: only a site tablet knows its own.');
    const site = await this.sites.readableOrFail(viewer, id);
    return this.latestReady(site.id);
  }

  /** The site's latest ready version: the one BIM steps, recommendations and offline packs use. No access check. */
  latestReady(siteId: string): Promise<BimModelEntity | null> {
    return this.dataSource.getRepository(BimModelEntity).findOne({ where: { siteId, status: 'ready' }, order: { version: 'DESC' } });
  }

  async retry(viewer: Viewer, modelId: string): Promise<BimModelEntity> {
    const model = await this.modelForViewer(viewer, modelId);
    if (model.status !== 'failed') {
      throw new DomainError('CONFLICT', `Only a model whose parsing failed can be retried; this one is ${model.status}.`);
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.update(BimModelEntity, model.id, { status: 'uploaded', progress: 0, errorMessage: null });
      await this.jobs.enqueue(BIM_PARSE_JOB, { modelId: model.id }, tx, { singletonKey: model.id });
    });
    this.jobs.kick();
    return this.modelForViewer(viewer, modelId);
  }

  /** Elements added and removed (by GlobalId) since the previous ready version of the same site's model. */
  async changes(viewer: Viewer, modelId: string): Promise<ModelChangesResult> {
    const model = await this.modelForViewer(viewer, modelId);
    const previous = await this.dataSource
      .getRepository(BimModelEntity)
      .createQueryBuilder('m')
      .where('m.site_id = :siteId and m.version < :version and m.status = :ready', {
        siteId: model.siteId,
        version: model.version,
        ready: 'ready',
      })
      .orderBy('m.version', 'DESC')
      .getOne();
    const diff = async (from: string, against: string | null) => {
      const rows = await this.dataSource.query<{ global_id: string; total: string }[]>(
        `select a.global_id, count(*) over () as total from bim_elements a
          where a.model_id = $1
            and not exists (select 1 from bim_elements b where b.model_id = $2 and b.global_id = a.global_id)
          order by a.global_id limit $3`,
        [from, against, CHANGES_LIST_CAP],
      );
      return { count: Number(rows[0]?.total ?? 0), ids: rows.map((r) => r.global_id) };
    };
    const added = await diff(model.id, previous?.id ?? null);
    const removed = previous ? await diff(previous.id, model.id) : { count: 0, ids: [] };
    return { model, previous: previous ?? null, addedCount: added.count, removedCount: removed.count, added: added.ids, removed: removed.ids };
  }

  async elements(viewer: Viewer, modelId: string, query: ElementQuery): Promise<{ total: number; items: BimElementEntity[] }> {
    await this.modelForViewer(viewer, modelId);
    const where = query.rules?.length ? rulesToSql(query.rules, 'e', 2) : { sql: 'true', params: [] };
    const params: unknown[] = [modelId, ...where.params];
    let sql = `from bim_elements e where e.model_id = $1 and ${where.sql}`;
    if (query.storey !== undefined) {
      params.push(query.storey);
      sql += ` and e.storey_name = $${params.length}`;
    }
    const { total } = await querySingle<{ total: string }>(this.dataSource, `select count(*) as total ${sql}`, params);
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `select e.* ${sql} order by e.storey_elevation nulls last, e.ifc_class, e.global_id limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return { total: Number(total), items: rows.map(elementFromRow) };
  }

  /** Where the stored file of one of the site's model versions is, for the 3D viewer to download. */
  async fileForViewer(viewer: Viewer, siteId: string, modelId: string): Promise<{ path: string; sizeBytes: number; sha256: string; fileName: string }> {
    const model = await this.modelForViewer(viewer, modelId);
    if (model.siteId !== siteId) throw notFound('This model');
    return { path: modelFilePath(this.config.dataDir, model.id), sizeBytes: model.sizeBytes, sha256: model.sha256, fileName: model.fileName };
  }

  async modelForViewer(viewer: Viewer, modelId: string): Promise<BimModelEntity> {
    const model = isUuid(modelId)
      ? await this.dataSource
          .getRepository(BimModelEntity)
          .createQueryBuilder('m')
          .innerJoin(SiteEntity, 's', 's.id = m.site_id')
          .where('m.id = :modelId and s.organisation_id = :org', { modelId, org: viewer.organisationId })
          .getOne()
      : null;
    if (!model || (viewer.role === 'worker' && !(await this.sites.isCrew(viewer.userId, model.siteId)))) throw notFound('This model');
    return model;
  }
}

export function elementFromRow(row: Record<string, unknown>): BimElementEntity {
  return Object.assign(new BimElementEntity(), {
    modelId: row.model_id,
    globalId: row.global_id,
    ifcClass: row.ifc_class,
    predefinedType: row.predefined_type,
    name: row.name,
    storeyName: row.storey_name,
    storeyElevation: row.storey_elevation,
    materials: row.materials,
    properties: row.properties,
  });
}

/**
 * An empty file, a JSON or a picture sent as a model is refused at upload, not discovered by the parse job later.
 * Only the header is read here; a file cut short (no END-ISO-10303-21;) is still the parse job's to report, as the
 * trainer can repair and retry it.
 */
async function refuseWhatIsNoIfc(path: string): Promise<void> {
  const file = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
  try {
    checkIfcEnvelope(head);
  } catch (error) {
    if (error instanceof IfcFileError && error.code !== 'TRUNCATED') throw badInput(error.message);
    if (!(error instanceof IfcFileError)) throw error;
  }
}
