// Organisations created by a network body, and the scope rule for who may manage which organisation.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, forbidden, notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/ids.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import type { CreateOrganisationInput } from './dto/create-organisation.input.js';

@Injectable()
export class OrganisationsService {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const own = await this.organisations.findOneByOrFail({ id: viewer.organisationId });
    if (own.kind !== 'network') throw forbidden('Only the admin of a network body can create organisations.');
    if (await this.organisations.existsBy({ slug: input.slug })) {
      throw new DomainError('CONFLICT', `The slug "${input.slug}" is already taken. Choose another one.`);
    }
    return this.organisations.save(
      this.organisations.create({ ...input, name: input.name.trim(), parentOrganisationId: viewer.organisationId }),
    );
  }

  /** The viewer's own organisation and, for a network admin, those their network created. */
  listManaged(viewer: Viewer): Promise<OrganisationEntity[]> {
    const where = [{ id: viewer.organisationId }];
    if (viewer.role === 'admin') where.push({ parentOrganisationId: viewer.organisationId } as never);
    return this.organisations.find({ where, order: { name: 'ASC' } });
  }

  /** An organisation the viewer may manage, or NOT_FOUND (never FORBIDDEN: that would confirm it exists). */
  async managedOrFail(viewer: Viewer, organisationId: string): Promise<OrganisationEntity> {
    const organisation = isUuid(organisationId) ? await this.organisations.findOneBy({ id: organisationId }) : null;
    const mayManage =
      organisation &&
      (organisation.id === viewer.organisationId ||
        (viewer.role === 'admin' && organisation.parentOrganisationId === viewer.organisationId));
    if (!mayManage) throw notFound('This organisation');
    return organisation;
  }
}
