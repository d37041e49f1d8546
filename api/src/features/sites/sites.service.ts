// Building sites of the viewer's organisation; never another organisation's.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { SiteEntity } from './site.entity.js';

@Injectable()
export class SitesService {
  constructor(@InjectRepository(SiteEntity) private readonly sites: Repository<SiteEntity>) {}

  /** A site of the viewer's organisation, or NOT_FOUND whether it is missing or another organisation's. */
  async ownedOrFail(viewer: Pick<Viewer, 'organisationId'>, siteId: string): Promise<SiteEntity> {
    const site = isUuid(siteId) ? await this.sites.findOneBy({ id: siteId, organisationId: viewer.organisationId }) : null;
    if (!site) throw notFound('This site');
    return site;
  }

  listForViewer(viewer: Viewer): Promise<SiteEntity[]> {
    return this.sites.find({ where: { organisationId: viewer.organisationId }, order: { name: 'ASC' } });
  }
}
