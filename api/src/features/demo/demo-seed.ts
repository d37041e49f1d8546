// Idempotent demo seed: running it twice leaves one copy of everything. Used by `npm start` and by tests.
import type { DataSource, EntityManager } from 'typeorm';
import { normaliseEmail } from '@fit/shared';
import { MembershipEntity } from '../identity/membership.entity.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { UserEntity } from '../identity/user.entity.js';
import { hashSecret } from '../identity/passwords.js';
import { SiteEntity } from '../sites/site.entity.js';
import { seedDemoModels } from '../bim/bim-demo-models.js';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_SITE } from './demo-content.js';

/** `dataDir` is where model files go (FIT_DATA_DIR); the demo building models are stored and indexed there. */
export async function seedDemo(dataSource: DataSource, dataDir = '.data'): Promise<{ created: boolean }> {
  return dataSource.transaction(async (tx) => {
    // One seeder at a time, even with several API instances starting together.
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', ['fit-demo-seed']);
    const existing = await tx.findOneBy(OrganisationEntity, { slug: DEMO_ORGANISATION.slug });
    const organisation = existing ?? (await tx.save(tx.create(OrganisationEntity, { ...DEMO_ORGANISATION })));
    for (const account of DEMO_ACCOUNTS) await ensureAccount(tx, organisation.id, account);
    const site = await ensureSite(tx, organisation.id);
    await seedDemoModels(tx, site.id, dataDir);
    return { created: !existing };
  });
}

async function ensureAccount(
  tx: EntityManager,
  organisationId: string,
  account: (typeof DEMO_ACCOUNTS)[number],
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

async function ensureSite(tx: EntityManager, organisationId: string): Promise<SiteEntity> {
  const site = await tx.findOneBy(SiteEntity, { organisationId, name: DEMO_SITE.name });
  return site ?? (await tx.save(tx.create(SiteEntity, { organisationId, ...DEMO_SITE })));
}
