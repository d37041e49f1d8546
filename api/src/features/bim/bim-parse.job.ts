// The background parse of an uploaded model: index it with web-ifc, write all element rows in one transaction,
// and leave the model ready, or failed with a message for the trainer (and no element rows).
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import type { AppConfig } from '../../config/config.js';
import { BimModelEntity, type BimModelSummary } from './bim-model.entity.js';
import { modelFilePath } from './bim-files.js';
import { BIM_GEOMETRY_JOB, BIM_PARSE_JOB } from './bim-models.service.js';
import { IfcFileError } from './ifc-file-check.js';
import type { IfcIndex, IndexedElement } from './ifc-index.js';
import { indexIfcFile } from './index-in-worker.js';

// 11 parameters a row: 2,000 rows stay well under PostgreSQL's 65,535 parameters per statement.
const INSERT_BATCH = 2000;
const INTERNAL_FAILURE = 'FIT could not index this model because of an internal error. Try again; if it fails again, contact support.';

@Injectable()
export class BimParseJob implements OnModuleInit {
  private readonly log = new Logger(BimParseJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(BIM_PARSE_JOB, (payload) => this.parse(String(payload.modelId)), { oneAtATimePerKey: true });
  }

  async parse(modelId: string): Promise<void> {
    const model = await this.dataSource.getRepository(BimModelEntity).findOneBy({ id: modelId });
    if (!model || model.status === 'ready') return;
    await this.setProgress(modelId, 5, 'parsing');
    let index: IfcIndex;
    try {
      await this.setProgress(modelId, 15);
      index = await indexIfcFile(modelFilePath(this.config.dataDir, modelId));
    } catch (error) {
      if (error instanceof IfcFileError) return this.fail(modelId, error.message);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return this.fail(modelId, 'The uploaded file is no longer on the server. Upload the model again.');
      }
      await this.fail(modelId, INTERNAL_FAILURE);
      throw error;
    }
    await this.setProgress(modelId, 60);
    try {
      await this.dataSource.transaction((tx) => this.write(tx, modelId, index));
    } catch (error) {
      this.log.error(error, `writing the element index of model ${modelId} failed`);
      await this.fail(modelId, INTERNAL_FAILURE);
      throw error;
    }
  }

  /** Replaces the model's element rows and marks it ready, all or nothing. */
  async write(tx: EntityManager, modelId: string, index: IfcIndex): Promise<void> {
    await tx.query('delete from bim_elements where model_id = $1', [modelId]);
    for (let start = 0; start < index.elements.length; start += INSERT_BATCH) {
      await insertElements(tx, modelId, index.elements.slice(start, start + INSERT_BATCH));
      // Reported on its own connection, so the page sees progress while this transaction is still open.
      const done = Math.min(start + INSERT_BATCH, index.elements.length) / index.elements.length;
      await this.setProgress(modelId, 60 + Math.floor(done * 39));
    }
    const summary: BimModelSummary = { elements: index.elements.length, byClass: index.byClass, storeys: index.storeys };
    await tx.update(BimModelEntity, modelId, {
      status: 'ready',
      progress: 100,
      schema: index.schema,
      summary,
      errorMessage: null,
      parsedAt: new Date(),
    });
    // The tablets' geometry is its own job: the index is usable (and timed) without waiting for it.
    await this.jobs.enqueue(BIM_GEOMETRY_JOB, { modelId }, tx, { singletonKey: modelId });
  }

  private async setProgress(modelId: string, progress: number, status?: 'parsing'): Promise<void> {
    await this.dataSource.query(
      `update bim_models set progress = $2, status = coalesce($3, status) where id = $1 and status <> 'ready'`,
      [modelId, progress, status ?? null],
    );
  }

  private async fail(modelId: string, message: string): Promise<void> {
    await this.dataSource.query(`update bim_models set status = 'failed', progress = 0, error_message = $2 where id = $1`, [
      modelId,
      message,
    ]);
  }
}

/** One multi-row INSERT for a batch of elements. */
export async function insertElements(tx: EntityManager, modelId: string, elements: IndexedElement[]): Promise<void> {
  if (elements.length === 0) return;
  const params: unknown[] = [];
  const rows = elements.map((e) => {
    const base = params.length;
    params.push(modelId, e.globalId, e.ifcClass, e.predefinedType, e.name, e.storey, e.storeyElevation, e.materials, JSON.stringify(e.properties));
    params.push(e.sideArea?.m2 ?? null, e.sideArea?.source ?? null);
    return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6}, $${base + 7}, $${base + 8}::text[], $${base + 9}::jsonb, $${base + 10}::double precision, $${base + 11})`;
  });
  await tx.query(
    `insert into bim_elements (model_id, global_id, ifc_class, predefined_type, name, storey_name, storey_elevation, materials, properties, side_area, side_area_source)
     values ${rows.join(', ')}`,
    params,
  );
}
