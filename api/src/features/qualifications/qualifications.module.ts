// Skills framework, qualifications, passports and awards.
import { Module } from '@nestjs/common';
import { QualificationsResolver } from './qualifications.resolver.js';
import { FrameworkService } from './framework.service.js';
import { QualificationsService } from './qualifications.service.js';
import { AwardsRefreshService } from './awards-refresh.service.js';
import { QualificationsController } from './qualifications.controller.js';
import { FrameworkEditorResolver } from './framework-editor.resolver.js';
import { FrameworkEditorService } from './framework-editor.service.js';
import { MatrixCsvService } from './matrix-csv.service.js';

@Module({
  controllers: [QualificationsController],
  providers: [FrameworkService, QualificationsService, QualificationsResolver, AwardsRefreshService, FrameworkEditorService, FrameworkEditorResolver, MatrixCsvService],
  exports: [QualificationsService, FrameworkService],
})
export class QualificationsModule {}
