// Counts the SQL statements the API sends while a piece of work runs (to prove list views batch their loads).
import type { DataSource } from 'typeorm';

const BACKGROUND_POLL = /\b(from|update)\s+"?jobs"?\b/i;

export async function countQueries<T>(dataSource: DataSource, work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const runnerPrototype = Object.getPrototypeOf(dataSource.createQueryRunner()) as { query: (...args: unknown[]) => Promise<unknown> };
  const original = runnerPrototype.query;
  let queries = 0;
  runnerPrototype.query = function (this: unknown, ...args: unknown[]) {
    // The job queue polls its table on a timer from the same pool: its statements are not the work being measured.
    if (!(typeof args[0] === 'string' && BACKGROUND_POLL.test(args[0]))) queries++;
    return original.apply(this, args);
  };
  try {
    return { result: await work(), queries };
  } finally {
    runnerPrototype.query = original;
  }
}
