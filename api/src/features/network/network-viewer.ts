// Which side of a sharing agreement the viewer's organisation is on, read from its kind.
import type { EntityManager } from 'typeorm';
import { forbidden } from '../../common/errors/domain-error.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';

/** The viewer's organisation when it is a network body; FORBIDDEN otherwise (territories belong to network bodies). */
export async function networkBodyOrFail(db: EntityManager, organisationId: string): Promise<OrganisationEntity> {
  const organisation = await db.findOneBy(OrganisationEntity, { id: organisationId });
  if (organisation?.kind !== 'network') throw forbidden('Only a network body has territories.');
  return organisation;
}

/** The viewer's organisation when it is a company (an SME or a training centre), which may share with a network body. */
export async function companyOrFail(db: EntityManager, organisationId: string): Promise<OrganisationEntity> {
  const organisation = await db.findOneBy(OrganisationEntity, { id: organisationId });
  if (!organisation || organisation.kind === 'network') throw forbidden('Only a company shares with a network body.');
  return organisation;
}
