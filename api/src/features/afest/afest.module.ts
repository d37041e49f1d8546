// AFEST (on-the-job training): positioning, planned work sequences, the worker's reflective sequences, on-site
// evaluation and both signatures, the traceability file (PDF, CSV) and the realised training hours per month.
import { Module } from '@nestjs/common';
import { LearningRecordsModule } from '../learning-records/learning-records.module.js';
import { QualificationsModule } from '../qualifications/qualifications.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { AfestController } from './afest.controller.js';
import { AfestResolver } from './afest.resolver.js';
import { AfestService } from './afest.service.js';

@Module({ imports: [LearningRecordsModule, QualificationsModule, SitesModule], controllers: [AfestController], providers: [AfestService, AfestResolver], exports: [AfestService] })
export class AfestModule {}
