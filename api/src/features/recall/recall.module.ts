// Spaced recall: cards projected from the ledger (see learning-records/recall-projection.ts), shipped in site packs, lapses for staff.
import { Module } from '@nestjs/common';
import { RecallResolver } from './recall.resolver.js';
import { RecallService } from './recall.service.js';

@Module({ providers: [RecallService, RecallResolver], exports: [RecallService] })
export class RecallModule {}
