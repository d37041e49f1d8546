// Counts failed sign-in and PIN attempts in PostgreSQL (no Redis), so limits hold across API instances.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
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
    const rows = await this.db.query<{ n: number; first: Date | null; last: Date | null }[]>(
      `select count(*)::int as n, min(failed_at) as first, max(failed_at) as last
         from (select failed_at from auth_failures
                where key = $1 and failed_at > now() - make_interval(secs => $3::int * 2)
                order by failed_at desc limit $2) recent`,
      [key, limit.max, limit.windowSeconds],
    );
    const { n, first, last } = rows[0] ?? { n: 0, first: null, last: null };
    if (n < limit.max || !first || !last) return 0;
    const windowMs = limit.windowSeconds * 1000;
    if (new Date(last).getTime() - new Date(first).getTime() > windowMs) return 0;
    const remainingMs = new Date(last).getTime() + windowMs - Date.now();
    return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
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
