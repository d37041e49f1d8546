// Extra organisations and accounts for access-rule tests (the demo seed only has staff of one organisation).
import type { DataSource } from 'typeorm';
import type { Role } from '@fit/shared';
import { MembershipEntity } from '../features/identity/membership.entity.js';
import { OrganisationEntity } from '../features/identity/organisation.entity.js';
import { UserEntity } from '../features/identity/user.entity.js';
import { hashSecret } from '../features/identity/passwords.js';

/** Creates (or reuses) an organisation and a member with the password `fit-demo`; returns the organisation id. */
export async function addMember(dataSource: DataSource, orgSlug: string, email: string, role: Role, language = 'fr'): Promise<string> {
  const orgs = dataSource.getRepository(OrganisationEntity);
  const org = (await orgs.findOneBy({ slug: orgSlug })) ?? (await orgs.save(orgs.create({ slug: orgSlug, name: orgSlug, kind: 'sme' })));
  const users = dataSource.getRepository(UserEntity);
  const user = await users.save(users.create({ email, displayName: email, language, passwordHash: await hashSecret('fit-demo') }));
  await dataSource.getRepository(MembershipEntity).save({ userId: user.id, organisationId: org.id, role });
  return org.id;
}
