// The xAPI learning-record ledger, its Statement API and the progress projection.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '../identity/identity.module.js';
import { LearningProgressEntity } from './learning-progress.entity.js';
import { LearningRecordsResolver } from './learning-records.resolver.js';
import { StatementEntity } from './statement.entity.js';
import { StatementIngestService } from './statement-ingest.service.js';
import { StatementQueryService } from './statement-query.service.js';
import { XapiAuthGuard } from './xapi-auth.guard.js';
import { XapiCredentialEntity } from './xapi-credential.entity.js';
import { XapiCredentialsService } from './xapi-credentials.service.js';
import { XapiStatementsController } from './xapi-statements.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([StatementEntity, LearningProgressEntity, XapiCredentialEntity]), IdentityModule],
  controllers: [XapiStatementsController],
  providers: [StatementIngestService, StatementQueryService, XapiCredentialsService, XapiAuthGuard, LearningRecordsResolver],
  exports: [StatementIngestService, XapiCredentialsService],
})
export class LearningRecordsModule {}
