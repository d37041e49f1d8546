// The social clause: contracts with their lots and awarded companies, participants, monthly hours and reports.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NetworkModule } from '../network/network.module.js';
import { ContractsService } from './contracts.service.js';
import { EligibilityReadEntity } from './entities/eligibility-read.entity.js';
import { ClauseHourDeclarationEntity } from './entities/hour-declaration.entity.js';
import { ClauseContractEntity } from './entities/contract.entity.js';
import { ClauseLotAwardEntity, ClauseLotEntity, ClauseLotSiteEntity } from './entities/lot.entity.js';
import { ClauseParticipantEntity } from './entities/participant.entity.js';
import { HoursService } from './hours.service.js';
import { ParticipantPathResolver } from './participant-path.resolver.js';
import { ParticipantPathService } from './participant-path.js';
import { ParticipantsService } from './participants.service.js';
import { ClauseReportsController } from './reports/reports.controller.js';
import { ClauseReportsService } from './reports/reports.service.js';
import { SocialClauseResolver } from './social-clause.resolver.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ClauseContractEntity, ClauseLotEntity, ClauseLotAwardEntity, ClauseLotSiteEntity, ClauseParticipantEntity, ClauseHourDeclarationEntity, EligibilityReadEntity]),
    NetworkModule,
  ],
  providers: [ContractsService, ParticipantsService, ParticipantPathService, ParticipantPathResolver, HoursService, ClauseReportsService, SocialClauseResolver],
  controllers: [ClauseReportsController],
})
export class SocialClauseModule {}
