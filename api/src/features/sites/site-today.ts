// "Today" for work tied to a site, in the site's time zone; with no site, in the default zone. The web asks the same
// question with the same helper (todayAt), so both sides agree on which due dates are in the past.
import { DEFAULT_TIME_ZONE, todayAt } from '@fit/shared';
import type { EntityManager } from 'typeorm';

/** The time zone of a site (the default one when the site is unknown or not given). */
export async function siteTimeZone(manager: EntityManager, siteId: string | null | undefined): Promise<string> {
  if (!siteId) return DEFAULT_TIME_ZONE;
  const [row] = await manager.query<{ timeZone: string }[]>('select time_zone as "timeZone" from sites where id = $1', [siteId]);
  return row?.timeZone ?? DEFAULT_TIME_ZONE;
}

/** The time zones of several sites in one query (sites not found are left out: callers fall back to the default). */
export async function siteTimeZones(manager: EntityManager, siteIds: readonly string[]): Promise<Map<string, string>> {
  if (siteIds.length === 0) return new Map();
  const rows = await manager.query<{ id: string; timeZone: string }[]>('select id, time_zone as "timeZone" from sites where id = any($1::uuid[])', [siteIds]);
  return new Map(rows.map((r) => [r.id, r.timeZone]));
}

/** The calendar day it is now at the site (YYYY-MM-DD). */
export async function todayAtSite(manager: EntityManager, siteId: string | null | undefined, now = new Date()): Promise<string> {
  return todayAt(await siteTimeZone(manager, siteId), now);
}
