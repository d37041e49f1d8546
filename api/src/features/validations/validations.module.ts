// On-site validation of practical tasks by trainers.
import { Module } from '@nestjs/common';
import { LearningRecordsModule } from '../learning-records/learning-records.module.js';
import { QualificationsModule } from '../qualifications/qualifications.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { ValidationsResolver } from './validations.resolver.js';
import { ValidationsService } from './validations.service.js';

@Module({ imports: [LearningRecordsModule, QualificationsModule, SitesModule], providers: [ValidationsService, ValidationsResolver] })
export class ValidationsModule {}
