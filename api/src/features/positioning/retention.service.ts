// How long a network body keeps candidates' results, and the hourly run that deletes the expired ones.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobsService } from '../../common/jobs/jobs.service.js';
import { badInput } from '../../common/errors/domain-error.js';
import { DEFAULT_RETENTION_MONTHS } from './positioning-rules.js';

export const DELETE_EXPIRED_POSITIONING_JOB = 'positioning.delete-expired';
/** Ten past every hour (the awards' expiry runs at five past). */
const CRON = '10 * * * *';

@Injectable()
export class RetentionService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(DELETE_EXPIRED_POSITIONING_JOB, CRON, async () => {
      await this.deleteExpired();
    });
  }

  async months(organisationId: string): Promise<number> {
    const [row] = await this.db.query<{ months: number }[]>('select months from positioning_retention_policies where organisation_id = $1', [
      organisationId,
    ]);
    return row?.months ?? DEFAULT_RETENTION_MONTHS;
  }

  async setMonths(organisationId: string, months: number): Promise<number> {
    if (!Number.isInteger(months) || months < 1 || months > 60) {
      throw badInput('Keep results between 1 and 60 months.', { field: 'months', problem: 'outOfRange' });
    }
    await this.db.query(
      `insert into positioning_retention_policies (organisation_id, months) values ($1, $2)
       on conflict (organisation_id) do update set months = excluded.months`,
      [organisationId, months],
    );
    return months;
  }

  /** Deletes candidates who consented longer ago than their body keeps results; answers how many. Safe to repeat. */
  async deleteExpired(): Promise<number> {
    const rows = await this.db.query<{ id: string }[]>(
      `with gone as (
         delete from positioning_candidates c using positioning_sessions s
          where s.id = c.session_id
            and c.consented_at < now() - make_interval(months => coalesce(
                  (select p.months from positioning_retention_policies p where p.organisation_id = s.organisation_id), $1))
          returning c.id)
       select id from gone`,
      [DEFAULT_RETENTION_MONTHS],
    );
    return rows.length;
  }
}
