// On-site validation of practical tasks by trainers.
import { Module } from '@nestjs/common';
import { LearningRecordsModule } from '../learning-records/learning-records.module.js';
import { QualificationsModule } from '../qualifications/qualifications.module.js';
import { ValidationsResolver } from './validations.resolver.js';
import { ValidationsService } from './validations.service.js';

@Module({ imports: [LearningRecordsModule, QualificationsModule], providers: [ValidationsService, ValidationsResolver] })
export class ValidationsModule {}
