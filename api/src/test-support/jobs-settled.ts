// Waits until the background jobs queued so far have run (e.g. the award refresh a sync queues), so a test measures
// or asserts on a quiet database rather than racing them. Jobs copied to the dead-letter queue are not waited for.
import type { DataSource } from 'typeorm';
import { DEAD_LETTER_QUEUE, JOBS_SCHEMA } from '../common/jobs/jobs.service.js';
import { querySingle } from '../common/sql.js';

export async function jobsSettled(dataSource: DataSource, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const { n } = await querySingle<{ n: number }>(
      dataSource,
      `select count(*)::int as n from ${JOBS_SCHEMA}.job where state in ('created', 'retry', 'active') and name <> $1`,
      [DEAD_LETTER_QUEUE],
    );
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`background jobs still queued after ${timeoutMs} ms`);
}
