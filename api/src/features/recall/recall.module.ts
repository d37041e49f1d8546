// Spaced recall: cards projected from the ledger (see learning-records/recall-projection.ts), shipped in site packs, lapses for staff.
import { Module } from '@nestjs/common';
import { RecallResolver } from './recall.resolver.js';
import { RecallService } from './recall.service.js';
import { RecallPolicyService } from './recall-policy.service.js';
import { QualificationsModule } from '../qualifications/qualifications.module.js';

@Module({ imports: [QualificationsModule], providers: [RecallService, RecallPolicyService, RecallResolver], exports: [RecallService] })
export class RecallModule {}
