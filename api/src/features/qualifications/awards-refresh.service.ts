// Keeps awards current without the people looking: after learning statements arrive (a tablet sync, an external
// client, a trainer's sign-off) the learners concerned are recomputed by a background job, so the sync itself only
// pays for one insert; and every hour the awards whose date has passed are expired (a schedule: one run per hour
// whatever the number of API instances, safe to repeat).
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService, type Payload } from '../../common/jobs/jobs.service.js';
import { STATEMENTS_ADDED_JOB } from '../learning-records/statement-ingest.service.js';
import { QualificationsService } from './qualifications.service.js';

export const EXPIRE_AWARDS_JOB = 'qualifications.expire-awards';
/** Five past every hour. */
const EXPIRE_CRON = '5 * * * *';
/** Syncs arriving together become one recomputation per learner. */
const REFRESH_BATCH = 50;

@Injectable()
export class AwardsRefreshService implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly qualifications: QualificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.registerBatch(STATEMENTS_ADDED_JOB, (payloads) => this.refresh(payloads), { batchSize: REFRESH_BATCH });
    this.jobs.schedule(EXPIRE_AWARDS_JOB, EXPIRE_CRON, async () => {
      await this.qualifications.expireAwards();
    });
  }

  /** The learners of a batch of jobs: one recomputation each. */
  private async refresh(payloads: Payload[]): Promise<void> {
    const ids = new Set<string>();
    for (const p of payloads) if (Array.isArray(p.userIds)) for (const id of p.userIds) if (typeof id === 'string') ids.add(id);
    await this.qualifications.refreshAwards([...ids]);
  }
}
