// A network body's positioning sessions for its facilitators (and admin), and the hand-overs a company receives.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PositioningSessionInput } from './dto/positioning.inputs.js';
import { HandoversService } from './handovers.service.js';
import { Candidate, Handover, Session } from './models/positioning.models.js';
import { RetentionService } from './retention.service.js';
import { SessionsService } from './sessions.service.js';

const FACILITATORS = ['facilitator', 'admin'] as const;
const IdArg = { type: () => ID };

@Resolver()
export class PositioningResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly handovers: HandoversService,
    private readonly retention: RetentionService,
  ) {}

  @Roles(...FACILITATORS)
  @Query(() => [Session], { description: "Positioning sessions of the viewer's network body, newest first" })
  positioningSessions(@CurrentViewer() viewer: Viewer): Promise<Session[]> {
    return this.sessions.list(viewer);
  }

  @Roles(...FACILITATORS)
  @Query(() => Session)
  positioningSession(@CurrentViewer() viewer: Viewer, @Args('id', IdArg) id: string): Promise<Session> {
    return this.sessions.one(viewer, id);
  }

  @Roles(...FACILITATORS)
  @Query(() => [Candidate], { description: "A session's candidates with their profile and suggested FIT path" })
  positioningCandidates(@CurrentViewer() viewer: Viewer, @Args('sessionId', IdArg) sessionId: string): Promise<Candidate[]> {
    return this.sessions.candidates(viewer, sessionId);
  }

  @Roles(...FACILITATORS)
  @Mutation(() => Session, { description: 'Create a session of the viewer’s network body, with its short code' })
  createPositioningSession(@CurrentViewer() viewer: Viewer, @Args('input') input: PositioningSessionInput): Promise<Session> {
    return this.sessions.create(viewer, input);
  }

  @Roles(...FACILITATORS)
  @Mutation(() => Candidate, { description: "Hand a candidate over to a company sharing with the body, with the candidate's consent" })
  handOverCandidate(
    @CurrentViewer() viewer: Viewer,
    @Args('candidateId', IdArg) candidateId: string,
    @Args('companyId', IdArg) companyId: string,
    @Args('candidateConsent') candidateConsent: boolean,
  ): Promise<Candidate> {
    return this.handovers.handOver(viewer, candidateId, companyId, candidateConsent);
  }

  @Roles(...FACILITATORS)
  @Query(() => Int, { description: "Months the viewer's body keeps candidates' results (12 unless set)" })
  positioningRetentionMonths(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.retention.months(viewer.organisationId);
  }

  @Roles(...FACILITATORS)
  @Mutation(() => Int)
  setPositioningRetentionMonths(@CurrentViewer() viewer: Viewer, @Args('months', { type: () => Int }) months: number): Promise<number> {
    return this.retention.setMonths(viewer.organisationId, months);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [Handover], { description: "Candidates handed over to the viewer's company, with where their path starts" })
  positioningHandovers(@CurrentViewer() viewer: Viewer): Promise<Handover[]> {
    return this.handovers.listForCompany(viewer);
  }
}
