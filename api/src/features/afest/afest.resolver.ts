// GraphQL for AFESTs: trainers and admins create, plan, sign and annotate; staff read; a worker reads their own.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AUTHOR_ROLES, ROLES, STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AfestService } from './afest.service.js';
import { Afest, CreateAfestInput, DrawnSignatureInput, PlanAfestSequenceInput } from './models/afest.models.js';

@Resolver(() => Afest)
export class AfestResolver {
  constructor(private readonly service: AfestService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [Afest], { description: "The organisation's AFESTs, newest first" })
  afests(@CurrentViewer() viewer: Viewer): Promise<Afest[]> {
    return this.service.list(viewer);
  }

  @Roles(...ROLES)
  @Query(() => Afest, { description: 'One AFEST: staff of its organisation, or its worker' })
  afest(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Afest> {
    return this.service.one(viewer, id);
  }

  @Roles(...ROLES)
  @Query(() => [Afest], { description: "The signed-in worker's own AFESTs" })
  myAfests(@CurrentViewer() viewer: Viewer): Promise<Afest[]> {
    return this.service.mine(viewer);
  }

  @Roles(...AUTHOR_ROLES)
  @Mutation(() => Afest, { description: "Starts an AFEST from the worker's positioning (the ULOs held today are kept as its starting point)" })
  createAfest(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAfestInput): Promise<Afest> {
    return this.service.create(viewer, input);
  }

  @Roles(...AUTHOR_ROLES)
  @Mutation(() => Afest, { description: 'Plans a work sequence on site' })
  planAfestSequence(@CurrentViewer() viewer: Viewer, @Args('input') input: PlanAfestSequenceInput): Promise<Afest> {
    return this.service.planSequence(viewer, input);
  }

  @Roles(...AUTHOR_ROLES)
  @Mutation(() => Afest, { description: "The leading trainer's drawn signature; with the worker's, the AFEST is locked" })
  signAfest(
    @CurrentViewer() viewer: Viewer,
    @Args('afestId', { type: () => ID }) afestId: string,
    @Args('signature') signature: DrawnSignatureInput,
  ): Promise<Afest> {
    return this.service.signAsTrainer(viewer, afestId, signature);
  }

  @Roles(...AUTHOR_ROLES)
  @Mutation(() => Afest, { description: 'Adds a note to an AFEST (after the lock, the only way to add anything), with its reason' })
  addAfestNote(
    @CurrentViewer() viewer: Viewer,
    @Args('afestId', { type: () => ID }) afestId: string,
    @Args('reason') reason: string,
    @Args('note') note: string,
  ): Promise<Afest> {
    return this.service.addNote(viewer, afestId, reason, note);
  }
}
