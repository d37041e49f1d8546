// Building models (IFC) of sites: upload, background parsing into an element index, rules and recommendations.
import { Module } from '@nestjs/common';
import { BimModelsService } from './bim-models.service.js';
import { BimParseJob } from './bim-parse.job.js';
import { BimRecommendationsService } from './bim-recommendations.service.js';
import { BimResolver } from './bim.resolver.js';
import { BimUploadController } from './bim-upload.controller.js';

@Module({
  controllers: [BimUploadController],
  providers: [BimModelsService, BimParseJob, BimRecommendationsService, BimResolver],
  exports: [BimModelsService, BimParseJob],
})
export class BimModule {}
