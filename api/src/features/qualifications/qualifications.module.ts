// Skills framework, qualifications, passports and awards.
import { Module } from '@nestjs/common';
import { QualificationsResolver } from './qualifications.resolver.js';
import { FrameworkService } from './framework.service.js';
import { QualificationsService } from './qualifications.service.js';
import { AwardsRefreshService } from './awards-refresh.service.js';
import { QualificationsController } from './qualifications.controller.js';
import { FrameworkEditorResolver } from './framework-editor.resolver.js';
import { FrameworkEditorService } from './framework-editor.service.js';

@Module({
  controllers: [QualificationsController],
  providers: [FrameworkService, QualificationsService, QualificationsResolver, AwardsRefreshService, FrameworkEditorService, FrameworkEditorResolver],
  exports: [QualificationsService, FrameworkService],
})
export class QualificationsModule {}
