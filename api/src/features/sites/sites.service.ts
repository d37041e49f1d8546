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

  /**
   * A site the viewer may look into: staff, any site of their organisation; a worker, only a site whose crew they
   * are in (a worker on one site's tablet has no business with another site's building model). NOT_FOUND otherwise.
   */
  async readableOrFail(viewer: Pick<Viewer, 'organisationId' | 'role' | 'userId'>, siteId: string): Promise<SiteEntity> {
    const site = await this.ownedOrFail(viewer, siteId);
    if (viewer.role === 'worker' && !(await this.isCrew(viewer.userId, site.id))) throw notFound('This site');
    return site;
  }

  async isCrew(userId: string, siteId: string): Promise<boolean> {
    const rows = await this.sites.query('select 1 from site_members where user_id = $1 and site_id = $2', [userId, siteId]);
    return (rows as unknown[]).length > 0;
  }

  listForViewer(viewer: Viewer): Promise<SiteEntity[]> {
    return this.sites.find({ where: { organisationId: viewer.organisationId }, order: { name: 'ASC' } });
  }
}
