// GraphQL for assignments: assign, reassign, cancel, the worker's day and the trainer's cohort.
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ROLES, STAFF_ROLES, isOverdue, moduleVersionActivity, type AssignmentStatus } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { toVersionModel } from '../learning-modules/learning-modules.service.js';
import { ModuleVersion } from '../learning-modules/models/module-version.model.js';
import { LearningProgress } from '../learning-records/models/learning-progress.model.js';
import { Worker } from '../workers/models/worker.model.js';
import { WorkersService } from '../workers/workers.service.js';
import { AssignmentLoaders, assignmentLoaders } from './assignment-loaders.js';
import { AssignmentViewsService } from './assignment-views.service.js';
import { AssignmentsService } from './assignments.service.js';
import { AssignModuleInput } from './dto/assign-module.input.js';
import { Assignment, AssignmentBatch, AssignmentStatusEnum } from './models/assignment.model.js';
import { buildCohort } from './build-cohort.js';
import { Cohort } from './models/cohort.model.js';
import { ModuleAttempt } from './models/module-attempt.model.js';

const IdArg = { type: () => ID };

@Resolver(() => Assignment)
export class AssignmentsResolver {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly views: AssignmentViewsService,
    private readonly workersService: WorkersService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(...STAFF_ROLES)
  @Mutation(() => AssignmentBatch, { description: 'Assigns a published module version to workers, a team or a site crew' })
  assignModule(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignModuleInput): Promise<AssignmentBatch> {
    return this.assignments.assign(viewer, input);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => Assignment, { description: 'Closes an assignment as cancelled (kept in history)' })
  cancelAssignment(@CurrentViewer() viewer: Viewer, @Args('id', IdArg) id: string): Promise<Assignment> {
    return this.assignments.cancel(viewer, id);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => Assignment, { description: 'Gives the assignment to another worker; the old one closes as reassigned' })
  reassignAssignment(@CurrentViewer() viewer: Viewer, @Args('id', IdArg) id: string, @Args('workerId', IdArg) workerId: string): Promise<Assignment> {
    return this.assignments.reassign(viewer, id, workerId);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => Assignment)
  changeAssignmentDueDate(@CurrentViewer() viewer: Viewer, @Args('id', IdArg) id: string, @Args('dueOn') dueOn: string): Promise<Assignment> {
    return this.assignments.changeDueDate(viewer, id, dueOn);
  }

  @Roles(...ROLES)
  @Query(() => [Assignment], { description: "The signed-in worker's open assignments, soonest due first" })
  myAssignments(@CurrentViewer() viewer: Viewer): Promise<Assignment[]> {
    return this.views.mine(viewer);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => Cohort, { description: "Open assignments of a site's workers (optionally one team's), as a grid" })
  async cohort(
    @CurrentViewer() viewer: Viewer,
    @Context('req') req: object,
    @Args('siteId', IdArg) siteId: string,
    @Args('teamId', { type: () => ID, nullable: true }) teamId?: string,
  ): Promise<Cohort> {
    const { rows, today } = await this.views.cohort(viewer, siteId, teamId);
    return buildCohort(rows, this.loaders(req, viewer), today);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [ModuleAttempt], { description: "A worker's attempts at this organisation's modules, newest first, each with its version number" })
  workerAttempts(@CurrentViewer() viewer: Viewer, @Args('workerId', IdArg) workerId: string): Promise<ModuleAttempt[]> {
    return this.views.attempts(viewer, workerId);
  }

  @Roles('worker')
  @Query(() => [ModuleAttempt], { description: "The signed-in worker's own attempts at this organisation's modules, newest first, with versions" })
  myAttempts(@CurrentViewer() viewer: Viewer): Promise<ModuleAttempt[]> {
    return this.views.attempts(viewer, viewer.userId);
  }

  @ResolveField(() => Worker, { nullable: true })
  worker(@Parent() a: Assignment, @Context('req') req: object, @CurrentViewer() viewer: Viewer) {
    return this.loaders(req, viewer).workers.load(a.workerId);
  }

  @ResolveField(() => ModuleVersion, { nullable: true })
  async moduleVersion(@Parent() a: Assignment, @Context('req') req: object, @CurrentViewer() viewer: Viewer) {
    const version = await this.loaders(req, viewer).versions.load(a.moduleVersionId);
    return version && toVersionModel(version);
  }

  @ResolveField(() => LearningProgress, { nullable: true, description: "The worker's progress on this module version" })
  progress(@Parent() a: Assignment, @Context('req') req: object, @CurrentViewer() viewer: Viewer) {
    return this.loaders(req, viewer).progress.load(`${a.workerId} ${moduleVersionActivity(a.moduleVersionId)}`);
  }

  @ResolveField(() => AssignmentStatusEnum)
  async status(@Parent() a: Assignment, @Context('req') req: object, @CurrentViewer() viewer: Viewer): Promise<AssignmentStatus> {
    return (await this.loaders(req, viewer).statusOf(a)).status;
  }

  @ResolveField(() => Boolean, { description: 'Due before today and not done' })
  async overdue(@Parent() a: Assignment, @Context('req') req: object, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    const loaders = this.loaders(req, viewer);
    return isOverdue(a.dueOn, await this.status(a, req, viewer), await loaders.today.load(a.siteId ?? ''));
  }

  private loaders(req: object, viewer: Viewer): AssignmentLoaders {
    return assignmentLoaders(req, () => new AssignmentLoaders(this.db, this.workersService, viewer.organisationId));
  }
}
