// Positioning of candidates for network bodies: sessions with a short code, candidates' answers and profiles without an account, hand-overs to companies, retention.
import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { NetworkModule } from '../network/network.module.js';
import { WorkersModule } from '../workers/workers.module.js';
import { CandidateResolver } from './candidate.resolver.js';
import { CandidatesService } from './candidates.service.js';
import { HandoversService } from './handovers.service.js';
import { PositioningResolver } from './positioning.resolver.js';
import { RetentionService } from './retention.service.js';
import { SessionsService } from './sessions.service.js';

@Module({
  imports: [IdentityModule, NetworkModule, WorkersModule],
  providers: [CandidatesService, SessionsService, HandoversService, RetentionService, CandidateResolver, PositioningResolver],
  exports: [RetentionService],
})
export class PositioningModule {}
