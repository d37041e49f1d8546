// BIM Collaboration Format (BCF 3.0): a site's validations of practical work on elements, for BIM tools, and BIM
// tools' topics on elements as items to review on site.
import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { BcfController } from './bcf.controller.js';
import { SiteReviewItemsResolver } from './site-review-items.resolver.js';
import { SiteReviewItemsService } from './site-review-items.service.js';

@Module({
  imports: [MediaModule, SitesModule],
  controllers: [BcfController],
  providers: [SiteReviewItemsService, SiteReviewItemsResolver],
})
export class BcfModule {}
