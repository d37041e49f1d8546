// Idempotent demo seed: running it twice leaves one copy of everything. Used by `npm start` and by tests.
import { ensureDemoForecast } from './demo-forecast.js';
import type { DataSource, EntityManager } from 'typeorm';
import { normaliseEmail } from '@fit/shared';
import { MembershipEntity } from '../identity/membership.entity.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { hashPin, hashSecret } from '../identity/passwords.js';
import { digestToken } from '../identity/secret-tokens.js';
import type { MediaStorage } from '../media/media-storage.js';
import { SiteEntity } from '../sites/site.entity.js';
import { TabletEntity } from '../tablets/tablet.entity.js';
import { TeamEntity } from '../workers/team.entity.js';
import { newBadgeCode } from '../workers/workers.service.js';
import {
  DEMO_ACCOUNTS,
  DEMO_NETWORK,
  DEMO_NETWORK_ACCOUNTS,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_SITE,
  DEMO_TABLET,
  DEMO_TERRITORY,
  DEMO_WORKER_PIN,
  DEMO_WORKERS,
} from './demo-content.js';
import { ensureDemoModules } from './demo-modules-seed.js';
import type { JobsService } from '../../common/jobs/jobs.service.js';
import { seedDemoModels } from '../bim/bim-demo-models.js';
import { ensureDemoFramework } from './framework/seed-framework.js';
import { seedDemoHistory } from './history/seed-history.js';
import { seedDemoSiteValidation } from './history/seed-site-validation.js';
import { ensureDemoPositioning } from './demo-positioning.js';
import { seedDemoWork } from './demo-work.js';
import { seedDemoAfest } from './history/seed-afest.js';
import { seedDemoClause } from './demo-clause.js';

export interface DemoSeedOptions {
  /** Receives the demo modules' diagrams (the app's MediaStorage, or one on FIT_DATA_DIR for the CLI). */
  storage: MediaStorage;
  /** Where building model files go (FIT_DATA_DIR); the demo models are stored and indexed there. */
  dataDir: string;
  /** The app's job queue, for the demo models' geometry (absent in the bare CLI seed). */
  jobs?: Pick<JobsService, 'enqueue'>;
  /**
   * Whether to seed the demo tablet, whose device token is fixed and public. Only for a demo on the embedded database
   * in development, and tests; never in production (main.ts decides). Default: true.
   */
  demoTablet?: boolean;
  /** Work in hand (assignments, a sign-off waiting, a tender requirement, notifications); on unless FIT_DEMO_WORK=false. */
  work?: boolean;
}

export async function seedDemo(dataSource: DataSource, { storage, dataDir, jobs, demoTablet = true, work = true }: DemoSeedOptions): Promise<{ created: boolean }> {
  const result = await dataSource.transaction(async (tx) => {
    // One seeder at a time, even with several API instances starting together.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', ['fit-demo-seed']);
    const existing = await tx.findOneBy(OrganisationEntity, { slug: DEMO_ORGANISATION.slug });
    const organisation = existing ?? (await tx.save(tx.create(OrganisationEntity, { ...DEMO_ORGANISATION })));
    for (const account of DEMO_ACCOUNTS) await ensureAccount(tx, organisation.id, account);
    await ensureNetwork(tx, organisation);
    const site = await ensureSite(tx, organisation.id);
    await ensureWorkers(tx, organisation.id, site.id);
    const network = await tx.findOneByOrFail(OrganisationEntity, { slug: DEMO_NETWORK.slug });
    await seedDemoClause(tx, network.id);
    if (demoTablet) await ensureTablet(tx, organisation.id, site.id);
    else await revokeDemoTablet(tx);
    const trainer = await tx.findOneBy(UserEntity, { email: normaliseEmail('trainer@fit.demo') });
    await ensureDemoModules(tx, storage, organisation.id, trainer?.id ?? null);
    await seedDemoModels(tx, site.id, dataDir, jobs);
    const admin = await tx.findOneBy(UserEntity, { email: 'admin@fit.demo' });
    await ensureDemoFramework(tx, admin?.id ?? null);
    return { created: !existing };
  });
  // After the commit: the history goes through the ledger's own transactions, which must see the workers and modules.
  await seedDemoHistory(dataSource);
  await seedDemoSiteValidation(dataSource, storage);
  // Work in hand for today, after the history it stands on (an assignment shows "already passed on" an older pass).
  if (work) {
    await seedDemoWork(dataSource);
    // Two on-the-job trainings (AFEST): one in progress, one signed and locked.
    await seedDemoAfest(dataSource);
  }
  return result;
}

async function ensureAccount(
  tx: EntityManager,
  organisationId: string,
  account: (typeof DEMO_ACCOUNTS)[number] | (typeof DEMO_NETWORK_ACCOUNTS)[number],
): Promise<void> {
  const email = normaliseEmail(account.email);
  let user = await tx.findOneBy(UserEntity, { email });
  if (!user) {
    user = await tx.save(
      tx.create(UserEntity, {
        email,
        displayName: account.displayName,
        language: account.language,
        passwordHash: await hashSecret(DEMO_PASSWORD),
      }),
    );
  }
  const membership = await tx.findOneBy(MembershipEntity, { userId: user.id, organisationId });
  if (!membership) await tx.save(tx.create(MembershipEntity, { userId: user.id, organisationId, role: account.role }));
}

async function ensureNetwork(tx: EntityManager, demo: OrganisationEntity): Promise<void> {
  const network =
    (await tx.findOneBy(OrganisationEntity, { slug: DEMO_NETWORK.slug })) ??
    (await tx.save(tx.create(OrganisationEntity, { ...DEMO_NETWORK })));
  if (!demo.parentOrganisationId) await tx.update(OrganisationEntity, { id: demo.id }, { parentOrganisationId: network.id });
  const admin = await tx.findOneByOrFail(UserEntity, { email: 'admin@fit.demo' });
  // Dated a second after the demo membership: the admin signs in to the demo SME and switches to the network.
  await tx.query(
    `insert into memberships (user_id, organisation_id, role, created_at) values ($1, $2, 'admin', now() + interval '1 second')
     on conflict (user_id, organisation_id) do nothing`,
    [admin.id, network.id],
  );
  for (const account of DEMO_NETWORK_ACCOUNTS) await ensureAccount(tx, network.id, account);
  await tx.query(
    `insert into territories (organisation_id, name, codes) values ($1, $2, $3) on conflict (organisation_id, name) do nothing`,
    [network.id, DEMO_TERRITORY.name, DEMO_TERRITORY.codes],
  );
  // The demo SME agreed to share with its network body, as the manager would on their home screen.
  await tx.query(
    `insert into sharing_agreements (company_organisation_id, network_organisation_id, started_at)
     select $1, $2, now() - interval '90 days'
      where not exists (select 1 from sharing_agreements where company_organisation_id = $1 and network_organisation_id = $2)`,
    [demo.id, network.id],
  );
  await ensureDemoForecast(tx, network.id, DEMO_TERRITORY.name);
  await ensureDemoPositioning(tx, network.id);
}

async function ensureSite(tx: EntityManager, organisationId: string): Promise<SiteEntity> {
  const site = await tx.findOneBy(SiteEntity, { organisationId, name: DEMO_SITE.name });
  return site ?? (await tx.save(tx.create(SiteEntity, { organisationId, ...DEMO_SITE })));
}

async function ensureWorkers(tx: EntityManager, organisationId: string, siteId: string): Promise<void> {
  // The demo's four-digit PIN is one set "before" six digits were required: it keeps working, as such PINs do.
  const pinHash = await hashPin(DEMO_WORKER_PIN);
  for (const worker of DEMO_WORKERS) {
    // Demo workers have no email: they are found by name within the demo organisation.
    const [found] = await tx.query<{ id: string }[]>(
      `select u.id from users u join memberships m on m.user_id = u.id
        where m.organisation_id = $1 and m.role = 'worker' and u.display_name = $2 limit 1`,
      [organisationId, worker.displayName],
    );
    let userId = found?.id;
    if (!userId) {
      const user = await tx.save(
        tx.create(UserEntity, { email: null, displayName: worker.displayName, language: worker.language, passwordHash: null }),
      );
      userId = user.id;
      await tx.save(
        tx.create(MembershipEntity, { userId, organisationId, role: 'worker', trade: worker.trade, pinHash, badgeCode: newBadgeCode() }),
      );
    }
    const team =
      (await tx.findOneBy(TeamEntity, { organisationId, name: worker.team })) ??
      (await tx.save(tx.create(TeamEntity, { organisationId, name: worker.team })));
    await tx.query('insert into team_members (team_id, user_id) values ($1, $2) on conflict do nothing', [team.id, userId]);
    await tx.query('insert into site_members (site_id, user_id) values ($1, $2) on conflict do nothing', [siteId, userId]);
  }
}

/** Outside the demo, a demo tablet seeded earlier must not keep working: its token is printed in the README. */
export async function revokeDemoTablet(tx: EntityManager): Promise<void> {
  await tx.query('update tablets set revoked_at = now() where token_hash = $1 and revoked_at is null', [digestToken(DEMO_TABLET.deviceToken)]);
}

async function ensureTablet(tx: EntityManager, organisationId: string, siteId: string): Promise<void> {
  const tokenHash = digestToken(DEMO_TABLET.deviceToken);
  if (await tx.existsBy(TabletEntity, { tokenHash })) return;
  await tx.save(tx.create(TabletEntity, { organisationId, siteId, label: DEMO_TABLET.label, tokenHash, revokedAt: null, lastSeenAt: null }));
}
