// Building sites of the viewer's organisation; never another organisation's.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { SiteEntity } from './site.entity.js';

@Injectable()
export class SitesService {
  constructor(@InjectRepository(SiteEntity) private readonly sites: Repository<SiteEntity>) {}

  listForViewer(viewer: Viewer): Promise<SiteEntity[]> {
    return this.sites.find({ where: { organisationId: viewer.organisationId }, order: { name: 'ASC' } });
  }
}
