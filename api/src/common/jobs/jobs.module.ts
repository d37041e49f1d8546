// Background jobs (pg-boss on the API's PostgreSQL) run by every API instance, and the failed ones for operators.
import { Global, Module } from '@nestjs/common';
import { FailedJobsResolver } from './failed-jobs.resolver.js';
import { JobsService } from './jobs.service.js';

@Global()
@Module({ providers: [JobsService, FailedJobsResolver], exports: [JobsService] })
export class JobsModule {}
