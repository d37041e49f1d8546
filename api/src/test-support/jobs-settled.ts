// Waits until the background jobs queued so far have run (e.g. the award refresh a sync queues), so a test measures
// or asserts on a quiet database rather than racing them.
import type { DataSource } from 'typeorm';

export async function jobsSettled(dataSource: DataSource, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [{ n }] = await dataSource.query<{ n: number }[]>(`select count(*)::int as n from jobs where status in ('queued', 'running')`);
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`background jobs still queued after ${timeoutMs} ms`);
}
