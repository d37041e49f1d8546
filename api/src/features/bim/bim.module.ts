// Building models (IFC) of sites: upload, background parsing into an element index, rules and recommendations.
import { Module } from '@nestjs/common';
import { MediaModule } from '../media/media.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { BimGeometryService } from './bim-geometry.service.js';
import { BimModelsService } from './bim-models.service.js';
import { BimParseJob } from './bim-parse.job.js';
import { BimRecommendationsService } from './bim-recommendations.service.js';
import { BimResolver } from './bim.resolver.js';
import { BimUploadController } from './bim-upload.controller.js';

@Module({
  imports: [MediaModule, SitesModule],
  controllers: [BimUploadController],
  providers: [BimModelsService, BimGeometryService, BimParseJob, BimRecommendationsService, BimResolver],
  exports: [BimModelsService, BimGeometryService, BimParseJob],
})
export class BimModule {}
