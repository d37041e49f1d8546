// Background jobs on pg-boss (PostgreSQL): enqueued inside the caller's transaction (the job exists only if the work
// that asked for it commits), retried with exponential backoff, then failed (kept for admins) with a copy in the
// dead-letter queue. Every API instance works; each job is claimed by one of them (SKIP LOCKED), and schedules fire
// once per occurrence whatever the number of instances.
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PgBoss, type Db, type Queue } from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config.token.js';
import type { AppConfig } from '../../config/config.js';

/** pg-boss's tables live in their own schema, created by a migration and kept up to date by pg-boss at start. */
export const JOBS_SCHEMA = 'pgboss';
/** Where a job that used up its retries is copied (its payload), besides staying `failed` in its own queue. */
export const DEAD_LETTER_QUEUE = 'dead-letter';

export type Payload = Record<string, unknown>;
export type JobHandler = (payload: Payload) => Promise<void>;
export type BatchHandler = (payloads: Payload[]) => Promise<void>;

export interface QueueSettings {
  /** Jobs handed over at once (the awards refresh folds a burst of syncs into one recomputation). */
  batchSize?: number;
  /** One job per key at a time (`stately`: one waiting and one running), e.g. one parse per building model. */
  oneAtATimePerKey?: boolean;
  /**
   * While fetches come back full, fetch the next batch at once rather than after the polling interval, so a backlog of
   * small jobs (1,000 awards' credentials) drains at the speed of the work, not one batch a second. Needs batchSize > 1.
   */
  drainBacklog?: boolean;
}

export interface EnqueueOptions {
  /** With `oneAtATimePerKey`, a second job for the same key while one waits is not added. */
  singletonKey?: string;
  /** Holds the job back this long (a burst of requests asking for the same work is then done once). */
  delayMs?: number;
}

@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(JobsService.name);
  private readonly queues = new Map<string, { handler: BatchHandler; settings: QueueSettings }>();
  private readonly schedules = new Map<string, string>();
  private readonly workers: string[] = [];
  private readonly boss: PgBoss;
  private started = false;
  private starting?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Its own small pool on the API's database (LISTEN/NOTIFY wakes workers); transactions lend their connection.
    const url = (dataSource.options as { url?: string }).url;
    this.boss = new PgBoss({ connectionString: url, schema: JOBS_SCHEMA, max: 3, application_name: 'fit-jobs' });
    this.boss.on('error', (error: unknown) => this.log.error(error, 'job queue error'));
  }

  /** Runs `handler` for each job of `kind` (call from onModuleInit). */
  register(kind: string, handler: JobHandler, settings: QueueSettings = {}): void {
    this.registerBatch(kind, async (payloads) => {
      for (const payload of payloads) await handler(payload);
    }, settings);
  }

  /** Runs `handler` with up to `batchSize` jobs of `kind` at once. */
  registerBatch(kind: string, handler: BatchHandler, settings: QueueSettings = {}): void {
    this.queues.set(kind, { handler, settings });
  }

  /** Runs `kind` on a cron schedule (in the default time zone), once per occurrence across all instances. */
  schedule(kind: string, cron: string, handler: JobHandler): void {
    this.register(kind, handler, { oneAtATimePerKey: true });
    this.schedules.set(kind, cron);
  }

  /**
   * Queues a job; pass the transaction's manager so the job exists only if the work that asked for it commits.
   * `delayMs` holds it back so that a burst of requests asking for the same work (a tablet's batches) is done once.
   */
  async enqueue(kind: string, payload: Payload, manager?: EntityManager, options: EnqueueOptions = {}): Promise<string | null> {
    await this.ready();
    const db = manager?.queryRunner?.isTransactionActive ? transactionDb(manager) : undefined;
    const { delayMs, ...rest } = options;
    const startAfter = delayMs ? { startAfter: new Date(Date.now() + delayMs) } : {};
    return this.boss.send(kind, payload, { ...rest, ...startAfter, ...(db ? { db } : {}) });
  }

  /**
   * Wakes this instance's workers now, or once a delayed job is due, instead of at their next poll (call after the
   * enqueuing transaction committed).
   */
  kick(afterMs = 0): void {
    if (!this.started) return;
    const wake = () => {
      if (this.started) for (const id of this.workers) this.boss.notifyWorker(id);
    };
    if (afterMs > 0) setTimeout(wake, afterMs).unref();
    else wake();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
    for (const [kind, { handler, settings }] of this.queues) {
      const options = { batchSize: settings.batchSize ?? 1, pollingIntervalSeconds: 1, ...(settings.drainBacklog ? { burstWhenBatchFull: true } : {}) };
      const id = await this.boss.work<Payload>(kind, options, async (jobs) => {
        await handler(jobs.map((job) => job.data ?? {}));
      });
      this.workers.push(id);
    }
    await this.adoptLegacyJobs();
    if (this.config.env !== 'test') for (const [kind, cron] of this.schedules) await this.boss.schedule(kind, cron, {}, { tz: 'Europe/Paris' });
    this.started = true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  /**
   * pg-boss installed or upgraded in its schema and every registered queue created, once: at bootstrap, or earlier
   * when something is queued before the app listens (the demo seed at first start).
   */
  private ready(): Promise<void> {
    this.starting ??= (async () => {
      await this.boss.start();
      await this.boss.createQueue(DEAD_LETTER_QUEUE, { retentionSeconds: 30 * 24 * 3600 });
      for (const [kind, { settings }] of this.queues) await this.boss.createQueue(kind, this.queueOptions(settings));
    })();
    return this.starting;
  }

  /** Jobs left queued by the queue FIT used before pg-boss (moved aside by the JobQueue migration) are queued again. */
  private async adoptLegacyJobs(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [found] = await tx.query<{ present: boolean }[]>(`select to_regclass('public.jobs_to_adopt') is not null as present`);
      if (!found?.present) return;
      // Instances starting together: one takes the rows, the others find them gone.
      const rows = await tx.query<{ id: string; kind: string; payload: Payload }[]>('select id, kind, payload from jobs_to_adopt for update skip locked');
      for (const row of rows) if (this.queues.has(row.kind)) await this.enqueue(row.kind, row.payload, tx);
      if (rows.length) await tx.query('delete from jobs_to_adopt where id = any($1::uuid[])', [rows.map((r) => r.id)]);
    });
  }

  private queueOptions(settings: QueueSettings): Omit<Queue, 'name'> {
    // Tests see a failure after one quick retry instead of waiting through the production backoff.
    const retry =
      this.config.env === 'test'
        ? { retryLimit: 1, retryDelay: 1, retryBackoff: false }
        : { retryLimit: 4, retryDelay: 10, retryBackoff: true, retryDelayMax: 15 * 60 };
    return { ...retry, deadLetter: DEAD_LETTER_QUEUE, policy: settings.oneAtATimePerKey ? 'stately' : 'standard' };
  }
}

/** pg-boss's SQL runs on the transaction's own connection, so the job commits or rolls back with the caller's work. */
function transactionDb(manager: EntityManager): Db {
  const runner = manager.queryRunner!;
  return {
    executeSql: async (text: string, values?: unknown[]) => {
      const client = (await runner.connect()) as { query<Row>(text: string, values?: unknown[]): Promise<{ rows: Row[] }> };
      return client.query<never>(text, values);
    },
  };
}
