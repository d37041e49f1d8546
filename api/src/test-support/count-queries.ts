// Counts the SQL statements the API sends while a piece of work runs (to prove list views batch their loads). Only
// statements sent from the work's own async context count: the job queue, reminders and other timers share the pool
// and may run meanwhile, and their statements are not the work being measured.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

const measuring = new AsyncLocalStorage<symbol>();

export async function countQueries<T>(dataSource: DataSource, work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const runnerPrototype = Object.getPrototypeOf(dataSource.createQueryRunner()) as { query: (...args: unknown[]) => Promise<unknown> };
  const original = runnerPrototype.query;
  const run = Symbol('countQueries');
  let queries = 0;
  runnerPrototype.query = function (this: unknown, ...args: unknown[]) {
    if (measuring.getStore() === run) queries++;
    return original.apply(this, args);
  };
  try {
    return { result: await measuring.run(run, work), queries };
  } finally {
    runnerPrototype.query = original;
  }
}
