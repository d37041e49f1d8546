// GraphQL entry points of the social clause: contracts, participants (eligibility reads logged), monthly hours.
import { Args, Float, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/domain-error.js';
import { ContractsService } from './contracts.service.js';
import { ClauseContractInput, ClauseHoursInput, ClauseParticipantInput } from './dto/inputs.js';
import { HoursService } from './hours.service.js';
import { ClauseContract } from './models/contract.model.js';
import { ClauseHourDeclaration } from './models/declaration.model.js';
import { ClauseParticipant, ClauseWorkerOption, EligibilityRead } from './models/participant.model.js';
import { ParticipantsService } from './participants.service.js';

/** Network bodies' people and awarded companies' managers and admins. */
const CLAUSE_READERS = ['facilitator', 'planner', 'admin', 'manager'] as const;
const PARTICIPANT_WRITERS = ['facilitator', 'manager', 'admin'] as const;
const DECLARERS = ['manager', 'admin'] as const;

@Resolver()
export class SocialClauseResolver {
  constructor(
    private readonly contracts: ContractsService,
    private readonly participantStore: ParticipantsService,
    private readonly hours: HoursService,
  ) {}

  @Roles(...CLAUSE_READERS)
  @Query(() => [ClauseContract], { description: 'Clause contracts the viewer’s network body recorded, or its company was awarded a lot of' })
  clauseContracts(@CurrentViewer() viewer: Viewer): Promise<ClauseContract[]> {
    return this.contracts.list(viewer);
  }

  @Roles(...CLAUSE_READERS)
  @Query(() => ClauseContract)
  clauseContract(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ClauseContract> {
    return this.contracts.get(viewer, id);
  }

  @Roles('facilitator')
  @Mutation(() => ClauseContract, { description: 'Record a contract with a social clause; a refused field answers extensions.field and .problem' })
  createClauseContract(@CurrentViewer() viewer: Viewer, @Args('input') input: ClauseContractInput): Promise<ClauseContract> {
    return this.contracts.create(viewer, input);
  }

  @Roles('manager', 'admin')
  @Mutation(() => ClauseContract, { description: 'Link one of the company’s sites to a lot it was awarded' })
  linkClauseLotSite(
    @CurrentViewer() viewer: Viewer,
    @Args('lotId', { type: () => ID }) lotId: string,
    @Args('siteId', { type: () => ID }) siteId: string,
  ): Promise<ClauseContract> {
    return this.contracts.linkSite(viewer, lotId, siteId);
  }

  @Roles(...CLAUSE_READERS)
  @Query(() => [ClauseParticipant], { description: 'Participants of a contract the viewer may see; reading their eligibility is logged with `reason`' })
  clauseParticipants(
    @CurrentViewer() viewer: Viewer,
    @Args('contractId', { type: () => ID }) contractId: string,
    @Args('reason', { description: 'Why the eligibility is read (the screen’s purpose); logged' }) reason: string,
  ): Promise<ClauseParticipant[]> {
    return this.participantStore.list(viewer, contractId, reason);
  }

  @Roles(...PARTICIPANT_WRITERS)
  @Query(() => [ClauseWorkerOption], { description: 'Workers the viewer may flag as participants of a contract (a facilitator: only people already participants of the body’s contracts)' })
  clauseParticipantCandidates(@CurrentViewer() viewer: Viewer, @Args('contractId', { type: () => ID }) contractId: string): Promise<ClauseWorkerOption[]> {
    return this.participantStore.candidates(viewer, contractId);
  }

  @Roles(...PARTICIPANT_WRITERS)
  @Mutation(() => ClauseParticipant, { description: 'Flag a worker of an awarded company as a participant of a contract' })
  addClauseParticipant(@CurrentViewer() viewer: Viewer, @Args('input') input: ClauseParticipantInput): Promise<ClauseParticipant> {
    return this.participantStore.add(viewer, input);
  }

  @Roles('facilitator')
  @Mutation(() => ClauseParticipant, { description: 'Record how a participant’s path ended: job, training or other' })
  recordClauseExit(
    @CurrentViewer() viewer: Viewer,
    @Args('participantId', { type: () => ID }) participantId: string,
    @Args('outcome') outcome: string,
    @Args('exitOn') exitOn: string,
  ): Promise<ClauseParticipant> {
    return this.participantStore.recordExit(viewer, participantId, outcome, exitOn);
  }

  @Roles('admin')
  @Query(() => [EligibilityRead], { description: 'Who read the eligibility of the company’s participants, when and why (newest first)' })
  eligibilityReadLog(@CurrentViewer() viewer: Viewer): Promise<EligibilityRead[]> {
    return this.participantStore.readLog(viewer);
  }

  @Roles(...CLAUSE_READERS)
  @Query(() => [ClauseHourDeclaration], { description: 'Monthly hour declarations of a contract, with their decisions and corrections' })
  clauseDeclarations(@CurrentViewer() viewer: Viewer, @Args('contractId', { type: () => ID }) contractId: string): Promise<ClauseHourDeclaration[]> {
    return this.hours.list(viewer, contractId);
  }

  @Roles(...DECLARERS)
  @Mutation(() => ClauseHourDeclaration, { description: 'Declare a participant’s month; a refused field answers extensions.field and .problem' })
  declareClauseHours(@CurrentViewer() viewer: Viewer, @Args('input') input: ClauseHoursInput): Promise<ClauseHourDeclaration> {
    return this.hours.declare(viewer, input);
  }

  @Roles('trainer', 'manager', 'admin')
  @Mutation(() => ClauseHourDeclaration, { description: 'Correct the training hours of a month still waiting, with the reason' })
  correctClauseTrainingHours(
    @CurrentViewer() viewer: Viewer,
    @Args('declarationId', { type: () => ID }) declarationId: string,
    @Args('trainingHours', { type: () => Float }) trainingHours: number,
    @Args('reason') reason: string,
  ): Promise<ClauseHourDeclaration> {
    return this.hours.correctTraining(viewer, declarationId, trainingHours, reason);
  }

  @Roles('facilitator')
  @Mutation(() => ClauseHourDeclaration, { description: 'Validate a waiting month (it is then locked) or send it back with the reason' })
  decideClauseHours(
    @CurrentViewer() viewer: Viewer,
    @Args('declarationId', { type: () => ID }) declarationId: string,
    @Args('verdict', { description: 'validate or sendBack' }) verdict: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<ClauseHourDeclaration> {
    if (verdict !== 'validate' && verdict !== 'sendBack') throw badInput('The verdict is validate or sendBack.', { field: 'verdict', problem: 'badVerdict' });
    return this.hours.decide(viewer, declarationId, verdict, reason);
  }
}
