// A small PostgreSQL job queue: enqueue inside the caller's transaction, claim with FOR UPDATE SKIP LOCKED, run in
// this process. Chosen over pg-boss, whose current major needs Node 22; this is all FIT needs for now.
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { JobEntity } from './job.entity.js';

export type JobHandler = (payload: Record<string, unknown>, job: JobEntity) => Promise<void>;

const IDLE_POLL_MS = 1000;
// A job still 'running' after this long belongs to an instance that died: it is claimed again.
const STALE_AFTER = '15 minutes';

@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(JobsService.name);
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /**
   * Queues a job; pass the transaction's manager so the job exists only if the work that asked for it commits.
   * `delayMs` holds it back so that a burst of requests asking for the same work (a tablet's batches) is done once.
   */
  async enqueue(kind: string, payload: Record<string, unknown>, manager: EntityManager = this.dataSource.manager, { delayMs = 0 } = {}) {
    const [job] = await manager.query<{ id: string }[]>(
      `insert into jobs (kind, payload, run_after) values ($1, $2, now() + make_interval(secs => $3 / 1000.0)) returning id`,
      [kind, payload, delayMs],
    );
    return job.id;
  }

  /** Looks for work now, or once a delayed job is due, instead of at the next poll (call after the enqueuing transaction committed). */
  kick(afterMs = 0): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), afterMs);
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running || this.stopped) return;
    this.running = this.drain()
      .catch((error: unknown) => this.log.error(error, 'job queue error'))
      .finally(() => {
        this.running = undefined;
        if (!this.stopped) this.timer = setTimeout(() => this.tick(), IDLE_POLL_MS);
      });
  }

  private async drain(): Promise<void> {
    for (let job = await this.claim(); job && !this.stopped; job = await this.claim()) await this.runOne(job);
  }

  private async claim(): Promise<JobEntity | undefined> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return undefined;
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      // Wrapped in a SELECT because TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      `with claimed as (
         update jobs set status = 'running', locked_at = now(), attempts = attempts + 1
          where id = (select id from jobs
                       where kind = any($1) and run_after <= now()
                         and (status = 'queued' or (status = 'running' and locked_at < now() - $2::interval))
                       order by created_at limit 1 for update skip locked)
          returning id, kind, payload, attempts)
       select * from claimed`,
      [kinds, STALE_AFTER],
    );
    const row = rows[0];
    return row ? Object.assign(new JobEntity(), row) : undefined;
  }

  private async runOne(job: JobEntity): Promise<void> {
    try {
      await this.handlers.get(job.kind)!(job.payload, job);
      await this.dataSource.query(`update jobs set status = 'done', finished_at = now(), last_error = null where id = $1`, [job.id]);
    } catch (error) {
      this.log.error(error, `job ${job.kind} ${job.id} failed`);
      await this.dataSource.query(`update jobs set status = 'failed', finished_at = now(), last_error = $2 where id = $1`, [
        job.id,
        error instanceof Error ? error.message : String(error),
      ]);
    }
  }
}
