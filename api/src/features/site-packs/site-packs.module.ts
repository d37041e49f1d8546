// Site packs: what a site tablet downloads to work offline (versions, media, the crew's roster for PIN sign-in, and
// each worker's questions to recall).
import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { TabletsModule } from '../tablets/tablets.module.js';
import { SitePackController } from './site-pack.controller.js';
import { BimModule } from '../bim/bim.module.js';
import { RecallModule } from '../recall/recall.module.js';
import { SitePackService } from './site-pack.service.js';

@Module({
  imports: [IdentityModule, TabletsModule, BimModule, RecallModule],
  providers: [SitePackService],
  controllers: [SitePackController],
})
export class SitePacksModule {}
