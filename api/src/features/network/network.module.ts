// Network bodies (Maisons de l'Emploi, PLIE): territories and companies' agreements to share with them.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NetworkResolver } from './network.resolver.js';
import { SharingAgreementEntity } from './sharing-agreement.entity.js';
import { SharingAgreementsService } from './sharing-agreements.service.js';
import { TerritoriesService } from './territories.service.js';
import { TerritoryEntity } from './territory.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([TerritoryEntity, SharingAgreementEntity])],
  providers: [TerritoriesService, SharingAgreementsService, NetworkResolver],
  exports: [TerritoriesService, SharingAgreementsService],
})
export class NetworkModule {}
