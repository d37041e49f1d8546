// Keeps awards current without the people looking: after learning statements arrive (a tablet sync, an external
// client, a trainer's sign-off) the learners concerned are recomputed from a job row, so the sync itself only pays
// for one insert; and every hour the awards whose date has passed are expired (the daily run, made safe to repeat).
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import type { AppConfig } from '../../config/config.js';
import { STATEMENTS_ADDED_JOB } from '../learning-records/statement-ingest.service.js';
import { QualificationsService } from './qualifications.service.js';

const EXPIRE_EVERY_MS = 60 * 60 * 1000;

@Injectable()
export class AwardsRefreshService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(AwardsRefreshService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly qualifications: QualificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(STATEMENTS_ADDED_JOB, (payload) => this.refresh(payload));
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    const run = () => void this.qualifications.expireAwards().catch((error: unknown) => this.log.warn(`award expiry failed: ${String(error)}`));
    this.timer = setInterval(run, EXPIRE_EVERY_MS);
    this.timer.unref();
    run();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** This job's learners and those of every other such job still queued: one recomputation per learner. */
  private async refresh(payload: Record<string, unknown>): Promise<void> {
    const others = await this.db.query<{ payload: { userIds?: unknown } }[]>(
      `with taken as (
         update jobs set status = 'done', finished_at = now()
          where id in (select id from jobs where kind = $1 and status = 'queued' for update skip locked)
          returning payload)
       select payload from taken`,
      [STATEMENTS_ADDED_JOB],
    );
    const ids = new Set<string>();
    for (const p of [payload, ...others.map((o) => o.payload)]) if (Array.isArray(p.userIds)) for (const id of p.userIds) if (typeof id === 'string') ids.add(id);
    await this.qualifications.refreshAwards([...ids]);
  }
}
