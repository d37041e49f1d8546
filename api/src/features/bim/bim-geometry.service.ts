// The compact geometry of each ready model version: made by a background job after the index (never counted in the
// index's time), kept in the media storage, served to viewers, and listed for a site's offline pack.
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import type { SitePackFile, SitePackModel } from '@fit/shared';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { sha256 } from '../../common/hash.js';
import { queryChanged } from '../../common/sql.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import type { AppConfig } from '../../config/config.js';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage.js';
import { BimModelEntity } from './bim-model.entity.js';
import { modelFilePath } from './bim-files.js';
import { BIM_GEOMETRY_JOB, BimModelsService } from './bim-models.service.js';
import { geometryOfIfcFile } from './geometry-in-worker.js';
import { WALL_CLASSES } from './ifc-index.js';
import type { GeometryElementFacts } from './ifc-geometry.js';

export const geometryKey = (modelId: string) => `bim-geometry-${modelId}`;
export const geometryUrl = (siteId: string, modelId: string) => `/sites/${siteId}/models/${modelId}/geometry`;

export const GEOMETRY_CONTENT_TYPE = 'application/vnd.fit.geometry+gzip';

@Injectable()
export class BimGeometryService implements OnModuleInit {
  private readonly log = new Logger(BimGeometryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly jobs: JobsService,
    private readonly models: BimModelsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(BIM_GEOMETRY_JOB, (payload) => this.build(String(payload.modelId)), { oneAtATimePerKey: true });
  }

  /** Makes and stores the geometry of a ready model from its file and its element index. */
  async build(modelId: string): Promise<void> {
    const model = await this.dataSource.getRepository(BimModelEntity).findOneBy({ id: modelId });
    if (!model || model.status !== 'ready') return;
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `select global_id, ifc_class, predefined_type, name, storey_name, properties, side_area from bim_elements
        where model_id = $1 order by storey_elevation nulls last, ifc_class, global_id`,
      [modelId],
    );
    const facts: GeometryElementFacts[] = rows.map((r) => ({
      globalId: r.global_id as string,
      ifcClass: r.ifc_class as string,
      predefinedType: (r.predefined_type as string | null) ?? null,
      name: (r.name as string | null) ?? null,
      storey: (r.storey_name as string | null) ?? null,
      properties: (r.properties as GeometryElementFacts['properties']) ?? {},
      // External walls whose file gave no side area: the geometry estimates it, for the forecast's wall insulation.
      measureSideArea: WALL_CLASSES.has(r.ifc_class as string) && (r.properties as Record<string, unknown>)?.IsExternal === true && r.side_area === null,
    }));
    const storeys = (model.summary?.storeys ?? []).map((s) => s.name);
    const started = Date.now();
    const geometry = await geometryOfIfcFile(modelFilePath(this.config.dataDir, modelId), facts, storeys);
    await this.storage.put(geometryKey(modelId), geometry.bytes);
    if (geometry.sideAreas.length > 0) {
      await queryChanged(
        this.dataSource,
        `update bim_elements e set side_area = a.m2, side_area_source = 'geometry'
           from unnest($2::text[], $3::double precision[]) as a(global_id, m2)
          where e.model_id = $1 and e.global_id = a.global_id and e.side_area is null`,
        [modelId, geometry.sideAreas.map((a) => a.globalId), geometry.sideAreas.map((a) => a.m2)],
      );
    }
    await this.dataSource.query('update bim_models set geometry_bytes = $2, geometry_sha256 = $3 where id = $1', [
      modelId,
      geometry.bytes.length,
      sha256(geometry.bytes),
    ]);
    this.log.log(
      `model ${modelId}: geometry of ${geometry.elements} elements, ${geometry.triangles} triangles, ${geometry.bytes.length} bytes ` +
        `(IFC ${model.sizeBytes} bytes) in ${Date.now() - started} ms`,
    );
  }

  /** The stored geometry of one of the site's model versions, for a member of the site's organisation. */
  async openForViewer(viewer: Viewer, siteId: string, modelId: string): Promise<{ stream: Readable; bytes: number; sha256: string }> {
    const model = await this.models.modelForViewer(viewer, modelId);
    if (model.siteId !== siteId || model.geometryBytes === null || !model.geometrySha256) throw notFound('This model geometry');
    const stream = await this.storage.open(geometryKey(model.id));
    if (!stream) throw notFound('This model geometry');
    return { stream, bytes: model.geometryBytes, sha256: model.geometrySha256 };
  }

  /**
   * What a site's offline pack needs of its building model: the latest ready version (the one BIM steps show) and
   * its geometry file, or null while there is none. The caller has already checked the site is the tablet's.
   */
  async packModelForSite(siteId: string): Promise<{ model: SitePackModel; file: SitePackFile } | null> {
    const model = await this.latestWithGeometry(siteId);
    if (!model) return null;
    const url = geometryUrl(siteId, model.id);
    return {
      model: { id: model.id, siteId, version: model.version, fileName: model.fileName, geometry: { url, bytes: model.geometryBytes! } },
      file: {
        url,
        fetchUrl: `/site-pack/models/${model.id}/geometry`,
        bytes: model.geometryBytes!,
        sha256: model.geometrySha256!,
        kind: 'bim-geometry',
        contentType: GEOMETRY_CONTENT_TYPE,
      },
    };
  }

  /** The geometry of the site's current model, for the site's tablet (the pack lists no other). */
  async openForSite(siteId: string, modelId: string): Promise<{ stream: Readable; bytes: number; sha256: string }> {
    const model = await this.latestWithGeometry(siteId);
    if (!model || model.id !== modelId) throw notFound('This model geometry');
    const stream = await this.storage.open(geometryKey(model.id));
    if (!stream) throw notFound('This model geometry');
    return { stream, bytes: model.geometryBytes!, sha256: model.geometrySha256! };
  }

  private async latestWithGeometry(siteId: string): Promise<BimModelEntity | null> {
    const model = await this.models.latestReady(siteId);
    return model && model.geometryBytes !== null && model.geometrySha256 ? model : null;
  }
}
