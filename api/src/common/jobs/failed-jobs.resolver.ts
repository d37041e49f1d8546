// Failed background jobs for the people who run FIT: admins of a network body (the operator), never of a member
// organisation, since a queue is shared by every organisation of the instance.
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Roles } from '../auth/policy.decorators.js';
import { CurrentViewer } from '../auth/current-viewer.decorator.js';
import type { Viewer } from '../auth/viewer.js';
import { forbidden } from '../errors/domain-error.js';
import { DEAD_LETTER_QUEUE, JOBS_SCHEMA } from './jobs.service.js';
import { FailedJob } from './failed-job.model.js';

interface FailedJobRow {
  id: string;
  queue: string;
  output: unknown;
  retries: number;
  createdAt: Date;
  failedAt: Date;
}

@Resolver(() => FailedJob)
export class FailedJobsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Roles('admin')
  @Query(() => [FailedJob], { description: 'Background jobs that failed after their retries, newest first (admins of a network body)' })
  async failedJobs(@CurrentViewer() viewer: Viewer, @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number): Promise<FailedJob[]> {
    const [own] = await this.db.query<{ kind: string }[]>('select kind from organisations where id = $1', [viewer.organisationId]);
    if (own?.kind !== 'network') throw forbidden('Only the admin of a network body sees the background jobs.');
    const rows = await this.db.query<FailedJobRow[]>(
      `select id, name as queue, output, retry_count as retries, created_on as "createdAt", completed_on as "failedAt"
         from ${JOBS_SCHEMA}.job where state = 'failed' and name <> $1
        order by completed_on desc limit $2`,
      [DEAD_LETTER_QUEUE, Math.min(Math.max(limit, 1), 200)],
    );
    return rows.map((r) => ({ id: r.id, queue: r.queue, error: errorOf(r.output), retries: r.retries, createdAt: r.createdAt, failedAt: r.failedAt }));
  }
}

/** pg-boss stores the thrown error (serialised) as the job's output. */
function errorOf(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output && typeof output.message === 'string') return output.message;
  return output == null ? '' : JSON.stringify(output);
}
