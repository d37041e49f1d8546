// What closing a site does to the rows of the features that hang off it. Plain SQL on their tables because those
// features (tablets, assignments) depend on sites, not the other way round.
import type { EntityManager } from 'typeorm';

export async function closeSiteRecords(tx: EntityManager, siteId: string): Promise<void> {
  await tx.query('update sites set closed_at = now() where id = $1 and closed_at is null', [siteId]);
  // Revoked like a lost tablet: its device token and every session opened on it stop working at once.
  await tx.query('update tablets set revoked_at = now() where site_id = $1 and revoked_at is null', [siteId]);
  await tx.query(
    'update sessions set revoked_at = now() where tablet_id in (select id from tablets where site_id = $1) and revoked_at is null',
    [siteId],
  );
  await tx.query('delete from tablet_enrolment_codes where site_id = $1', [siteId]);
  // Closed, not deleted: the history of what was assigned there stays readable.
  await tx.query(
    `update assignments set state = 'closed', closed_reason = 'site_closed', closed_at = now() where site_id = $1 and state = 'open'`,
    [siteId],
  );
}
