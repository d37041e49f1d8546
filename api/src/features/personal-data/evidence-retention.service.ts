// Retention of evidence photos: an admin sets how many years their organisation keeps them; every day a job (one
// run across all instances, through the job queue) deletes the photos older than that. No setting: kept.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/config.js';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage.js';
import { removeMediaRows } from '../media/media-removal.js';

export const EVIDENCE_RETENTION_JOB = 'evidence-retention';
const EVERY_MS = 24 * 60 * 60 * 1000;
export const MAX_RETENTION_YEARS = 50;

@Injectable()
export class EvidenceRetentionService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(EvidenceRetentionService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(EVIDENCE_RETENTION_JOB, async () => {
      await this.run();
    }, { oneAtATimePerKey: true });
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    const enqueue = () =>
      void this.jobs
        .enqueue(EVIDENCE_RETENTION_JOB, { day: new Date().toISOString().slice(0, 10) }, undefined, { singletonKey: 'daily' })
        .catch((e: unknown) => this.log.warn(`evidence retention not queued: ${String(e)}`));
    this.timer = setInterval(enqueue, EVERY_MS);
    this.timer.unref();
    enqueue();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async years(viewer: Viewer): Promise<number | null> {
    const [row] = await this.db.query<{ years: number }[]>('select years from evidence_retention_policies where organisation_id = $1', [viewer.organisationId]);
    return row?.years ?? null;
  }

  /** Null removes the setting (photos kept). */
  async setYears(viewer: Viewer, years: number | null): Promise<number | null> {
    if (years === null) {
      await this.db.query('delete from evidence_retention_policies where organisation_id = $1', [viewer.organisationId]);
      return null;
    }
    if (!Number.isInteger(years) || years < 1 || years > MAX_RETENTION_YEARS) {
      throw badInput(`Keep evidence photos between 1 and ${MAX_RETENTION_YEARS} years (or remove the setting to keep them).`);
    }
    await this.db.query(
      `insert into evidence_retention_policies (organisation_id, years, updated_by) values ($1, $2, $3)
       on conflict (organisation_id) do update set years = excluded.years, updated_by = excluded.updated_by, updated_at = now()`,
      [viewer.organisationId, years, viewer.userId],
    );
    return years;
  }

  /** Deletes every organisation's evidence photos past its retention; returns how many. */
  async run(now = new Date()): Promise<number> {
    const removed = await this.db.transaction(async (tx) => {
      const old = await tx.query<{ id: string }[]>(
        `select m.id from media_assets m join evidence_retention_policies p on p.organisation_id = m.organisation_id
          where m.purpose = 'evidence' and m.created_at < $1::timestamptz - make_interval(years => p.years)`,
        [now.toISOString()],
      );
      return removeMediaRows(tx, this.storage, old.map((r) => r.id));
    });
    await removed.deleteFiles();
    if (removed.ids.length) this.log.log(`evidence retention: ${removed.ids.length} photo(s) past their organisation's retention deleted`);
    return removed.ids.length;
  }
}
