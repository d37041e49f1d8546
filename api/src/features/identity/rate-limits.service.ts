// Counts failed sign-in and PIN attempts in PostgreSQL (no Redis), so limits hold across API instances.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';

export interface Limit {
  /** Failures that trigger the lock… */
  max: number;
  /** …when they fall within this many seconds; the lock then lasts this long after the last one. */
  windowSeconds: number;
}

export const LOGIN_PER_EMAIL: Limit = { max: 10, windowSeconds: 15 * 60 };
export const LOGIN_PER_IP: Limit = { max: 50, windowSeconds: 15 * 60 };
export const PIN_PER_WORKER_ON_TABLET: Limit = { max: 5, windowSeconds: 15 * 60 };
export const PIN_PER_TABLET: Limit = { max: 30, windowSeconds: 15 * 60 };

/** One key to take an attempt under, and what to say when it is locked. */
export interface AttemptKey {
  key: string;
  limit: Limit;
  message?: (seconds: number) => string;
}

/**
 * An attempt taken under one or more limits, counted as a failure from the start: the caller settles it with
 * `succeeded` (the failure is taken back) or leaves it (it was one). `locked` lists the keys this very attempt locks,
 * which exactly one attempt can do, so a lock-out is announced once however many attempts race.
 */
export interface Attempt {
  rowIds: Map<string, string>;
  locked: Map<string, number>;
}

export function rateLimited(retryAfterSeconds: number, message?: string): DomainError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new DomainError(
    'RATE_LIMITED',
    message ?? `Too many failed attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    { retryAfterSeconds },
  );
}

@Injectable()
export class RateLimitsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Seconds until the key may try again, or 0 when it is not locked. */
  async lockedFor(key: string, limit: Limit): Promise<number> {
    return (await this.lockedForMany([key], limit)).get(key) ?? 0;
  }

  /** `lockedFor` of many keys under one limit in one query (a site pack lists every worker's PIN lock). */
  async lockedForMany(keys: string[], limit: Limit, manager: EntityManager = this.db.manager): Promise<Map<string, number>> {
    const locks = new Map(keys.map((key) => [key, 0]));
    if (keys.length === 0) return locks;
    // Per key, its `max` most recent failures within twice the window.
    const rows = await manager.query<{ key: string; n: number; first: Date; last: Date }[]>(
      `select key, count(*)::int as n, min(failed_at) as first, max(failed_at) as last
         from (select key, failed_at, row_number() over (partition by key order by failed_at desc) as rank
                 from auth_failures
                where key = any($1::text[]) and failed_at > now() - make_interval(secs => $3::int * 2)) recent
        where rank <= $2
        group by key`,
      [keys, limit.max, limit.windowSeconds],
    );
    for (const { key, n, first, last } of rows) locks.set(key, secondsLocked(n, new Date(first), new Date(last), limit));
    return locks;
  }

  /**
   * Takes one attempt atomically: under a per-key transaction lock, refuses when a key is locked, else records the
   * attempt as a failure before the secret is checked. Concurrent attempts queue on the lock, so no more than the
   * limit are ever checked (checking first and counting after let 40 racing requests through 29 times).
   */
  async attempt(keys: AttemptKey[]): Promise<Attempt> {
    // One call (database function auth_attempt): the per-key lock is held for one round trip, not several.
    const rows = await this.db.query<{ attempt_key: string; row_id: string | null; locked_seconds: number }[]>(
      'select attempt_key, row_id, locked_seconds from auth_attempt($1::text[], $2::int[], $3::int[])',
      [keys.map((k) => k.key), keys.map((k) => k.limit.max), keys.map((k) => k.limit.windowSeconds)],
    );
    const refused = rows.find((r) => r.row_id === null);
    if (refused) {
      const message = keys.find((k) => k.key === refused.attempt_key)?.message;
      throw rateLimited(refused.locked_seconds, message?.(refused.locked_seconds));
    }
    return {
      rowIds: new Map(rows.map((r) => [r.attempt_key, r.row_id!])),
      locked: new Map(rows.filter((r) => r.locked_seconds > 0).map((r) => [r.attempt_key, r.locked_seconds])),
    };
  }

  /** The secret was right: this attempt was no failure; `clearing` keys also forget their earlier failures. */
  async succeeded(attempt: Attempt, clearing: string[] = []): Promise<void> {
    await this.db.query('delete from auth_failures where id = any($1::uuid[]) or key = any($2::text[])', [[...attempt.rowIds.values()], clearing]);
  }

  async assertNotLocked(key: string, limit: Limit, message?: (seconds: number) => string): Promise<void> {
    const seconds = await this.lockedFor(key, limit);
    if (seconds > 0) throw rateLimited(seconds, message?.(seconds));
  }

  async recordFailure(key: string): Promise<void> {
    await this.db.query(
      `with old as (delete from auth_failures where key = $1 and failed_at < now() - interval '1 day')
       insert into auth_failures (key) values ($1)`,
      [key],
    );
  }

  async clear(key: string): Promise<void> {
    await this.db.query('delete from auth_failures where key = $1', [key]);
  }
}

/** A key with `max` failures no further apart than the window stays locked for the window after the last one. */
function secondsLocked(failures: number, first: Date, last: Date, limit: Limit): number {
  if (failures < limit.max) return 0;
  const windowMs = limit.windowSeconds * 1000;
  if (last.getTime() - first.getTime() > windowMs) return 0;
  const remainingMs = last.getTime() + windowMs - Date.now();
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}
