// Tender requirements per site and the crew check against them.
import { Module } from '@nestjs/common';
import { QualificationsModule } from '../qualifications/qualifications.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { TenderRequirementsResolver } from './tender-requirements.resolver.js';
import { TenderRequirementsService } from './tender-requirements.service.js';

@Module({
  imports: [QualificationsModule, SitesModule],
  providers: [TenderRequirementsService, TenderRequirementsResolver],
})
export class TenderRequirementsModule {}
