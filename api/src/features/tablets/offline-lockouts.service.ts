// Wrong-PIN locks that happened on a tablet without network: the tablet reports each once it is back online, and the
// managers get the same notice as for a lock the server saw itself.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/errors/domain-error.js';
import { PIN_PER_TABLET, PIN_PER_WORKER_ON_TABLET, RateLimitsService } from '../identity/rate-limits.service.js';
import { TabletsService } from './tablets.service.js';

/** A tablet can stay offline for a long week-end and more; older reports are refused as implausible. */
const OLDEST_REPORT_DAYS = 31;
/** Tablet clocks drift: a lock a few minutes "in the future" is still believed. */
const CLOCK_SKEW_MS = 10 * 60_000;

@Injectable()
export class OfflineLockoutsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tablets: TabletsService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  /** Records the lock and tells the managers; true when it was new, false when the tablet had already reported it. */
  async report(deviceToken: string | undefined, workerId: string, lockedAt: Date): Promise<boolean> {
    const tablet = await this.tablets.authenticate(deviceToken);
    const reportKey = `offline-lock:${tablet.id}`;
    await this.rateLimits.assertNotLocked(reportKey, PIN_PER_TABLET);
    const worker = await this.tablets.crewMember(tablet, workerId);
    if (!worker) throw notFound('This worker');
    const now = Date.now();
    if (Number.isNaN(lockedAt.getTime()) || lockedAt.getTime() > now + CLOCK_SKEW_MS || lockedAt.getTime() < now - OLDEST_REPORT_DAYS * 86_400_000)
      throw badInput(`The time of the lock must be within the last ${OLDEST_REPORT_DAYS} days.`);
    // A worker cannot be locked twice on one tablet within one lock window: a report inside the window of one
    // already recorded is that same lock (sent again, or with another clock reading), not a new notice.
    const inserted = await this.db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`offline-lock:${tablet.id}:${worker.id}`]);
      const [row] = await tx.query<{ id: string }[]>(
        `insert into offline_lockouts (tablet_id, worker_id, locked_at)
         select $1, $2, $3::timestamptz
          where not exists (select 1 from offline_lockouts
                             where tablet_id = $1 and worker_id = $2
                               and locked_at > $3::timestamptz - make_interval(secs => $4)
                               and locked_at < $3::timestamptz + make_interval(secs => $4))
         on conflict (tablet_id, worker_id, locked_at) do nothing returning id`,
        [tablet.id, worker.id, lockedAt, PIN_PER_WORKER_ON_TABLET.windowSeconds],
      );
      return row;
    });
    if (!inserted) return false;
    await this.rateLimits.recordFailure(reportKey);
    // Sites have no time zone of their own yet: say UTC rather than guess.
    const at = (lang: string) => `${new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(lockedAt)} UTC`;
    await this.tablets.notifyLockout(tablet, worker.display_name, {
      fr: `a été bloqué·e sur cette tablette le ${at('fr-FR')}, pendant qu’elle était hors ligne`,
      en: `was locked out on that tablet on ${at('en-GB')}, while it was offline`,
    });
    return true;
  }
}
