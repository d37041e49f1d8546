// GraphQL for on-site validation of practical tasks.
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { toVersionModel } from '../learning-modules/learning-modules.service.js';
import type { ModuleVersionEntity } from '../learning-modules/module-version.entity.js';
import { moduleVersionsLoader } from '../learning-modules/module-versions.loader.js';
import { ModuleVersion } from '../learning-modules/models/module-version.model.js';
import { ROLES, STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { PracticalSubmission } from './models/practical-submission.model.js';
import { ValidationsService, type Verdict } from './validations.service.js';

const VerdictEnum = { validated: 'validated', to_redo: 'to_redo' } as const satisfies Record<Verdict, Verdict>;
registerEnumType(VerdictEnum, { name: 'Verdict', description: "A trainer's decision on a practical task" });

@Resolver(() => PracticalSubmission)
export class ValidationsResolver {
  constructor(
    private readonly validations: ValidationsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [PracticalSubmission], { description: 'Practical tasks waiting for sign-off, oldest first' })
  pendingValidations(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID, nullable: true }) siteId?: string,
  ): Promise<PracticalSubmission[]> {
    return this.validations.pending(viewer, siteId);
  }

  @Roles(...ROLES)
  @Query(() => [PracticalSubmission], { description: "The signed-in worker's practical tasks and their reviews" })
  myPracticalReviews(@CurrentViewer() viewer: Viewer): Promise<PracticalSubmission[]> {
    return this.validations.mine(viewer);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => PracticalSubmission, { description: "Signs off a practical task (or asks to redo it), as the trainer's own record" })
  reviewPractical(
    @CurrentViewer() viewer: Viewer,
    @Args('statementId', { type: () => ID }) statementId: string,
    @Args('verdict', { type: () => VerdictEnum }) verdict: Verdict,
    @Args('comment', { type: () => String, nullable: true }) comment?: string,
  ): Promise<PracticalSubmission> {
    return this.validations.review(viewer, statementId, verdict, comment);
  }

  @ResolveField(() => ModuleVersion, { nullable: true, description: 'The version the task was done on (its number, title and checklist)' })
  async moduleVersion(@Parent() submission: PracticalSubmission, @Context('req') req: object, @CurrentViewer() viewer: Viewer): Promise<ModuleVersion | null> {
    if (!submission.moduleVersionId) return null;
    const version = await versionLoader(req, this.db, viewer.organisationId).load(submission.moduleVersionId);
    return version ? toVersionModel(version) : null;
  }
}

// One loader per request: a list of submissions costs one query for all their versions.
const loaders = new WeakMap<object, DataLoader<string, ModuleVersionEntity | undefined>>();
function versionLoader(req: object, db: DataSource, organisationId: string): DataLoader<string, ModuleVersionEntity | undefined> {
  let loader = loaders.get(req);
  if (!loader) loaders.set(req, (loader = moduleVersionsLoader(db, organisationId)));
  return loader;
}
