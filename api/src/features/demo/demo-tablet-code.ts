// A one-time set-up code for a demo site tablet, printed at start (and by `npm run fit -- tablet-code`): a newcomer
// opens /tablet in another browser and types it, never a device token.
import type { DataSource } from 'typeorm';
import { issueEnrolmentCode } from '../tablets/tablets.service.js';
import type { TabletEnrolmentCode } from '../tablets/models/tablet.model.js';
import { DEMO_ORGANISATION, DEMO_SITE, DEMO_TABLET } from './demo-content.js';

export async function demoTabletCode(db: DataSource): Promise<TabletEnrolmentCode | undefined> {
  const [site] = await db.query<{ id: string; organisation_id: string }[]>(
    `select s.id, s.organisation_id from sites s join organisations o on o.id = s.organisation_id where o.slug = $1 and s.name = $2`,
    [DEMO_ORGANISATION.slug, DEMO_SITE.name],
  );
  if (!site) return undefined;
  return issueEnrolmentCode(db, { organisationId: site.organisation_id, siteId: site.id, label: DEMO_TABLET.label, createdBy: null });
}
