// Skills framework, qualifications, passports and awards.
import { Module } from '@nestjs/common';
import { QualificationsResolver } from './qualifications.resolver.js';
import { FrameworkService } from './framework.service.js';
import { QualificationsService } from './qualifications.service.js';

@Module({
  providers: [FrameworkService, QualificationsService, QualificationsResolver],
  exports: [QualificationsService],
})
export class QualificationsModule {}
