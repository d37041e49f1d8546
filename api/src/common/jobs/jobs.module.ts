// Background jobs kept in PostgreSQL and run by every API instance.
import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service.js';

@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
