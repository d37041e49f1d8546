// Personal data over its life: export (JSON + passport PDF), erasure requests and their execution, retention of
// evidence photos.
import { Module } from '@nestjs/common';
import { CredentialsModule } from '../credentials/credentials.module.js';
import { MediaModule } from '../media/media.module.js';
import { ErasureService } from './erasure.service.js';
import { EvidenceRetentionService } from './evidence-retention.service.js';
import { PersonalDataController } from './personal-data.controller.js';
import { PersonalDataResolver } from './personal-data.resolver.js';

@Module({
  imports: [CredentialsModule, MediaModule],
  controllers: [PersonalDataController],
  providers: [ErasureService, EvidenceRetentionService, PersonalDataResolver],
})
export class PersonalDataModule {}
