// GraphQL entry points for authoring and reading training modules; the rules live in the service.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AUTHOR_ROLES, ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { CreateModuleInput, ModuleFilterInput, UpdateModuleDraftInput } from './dto/module-content.input.js';
import { LearningModulesService } from './learning-modules.service.js';
import { LearningModule } from './models/learning-module.model.js';
import { ModuleVersion } from './models/module-version.model.js';

@Resolver(() => LearningModule)
export class LearningModulesResolver {
  constructor(private readonly service: LearningModulesService) {}

  @Roles(...AUTHOR_ROLES)
  @Mutation(() => LearningModule, { description: 'Starts a module with its first draft' })
  createModule(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateModuleInput): Promise<LearningModule> {
    return this.service.create(viewer, input.content, input.slug);
  }

  @Roles(...AUTHOR_ROLES)
  @Mutation(() => LearningModule, { description: 'Saves the draft; after a publish this starts the next version' })
  updateModuleDraft(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateModuleDraftInput): Promise<LearningModule> {
    return this.service.updateDraft(viewer, input.moduleId, input.content);
  }

  @Roles(...AUTHOR_ROLES)
  @Mutation(() => LearningModule, { description: 'Freezes the draft as the next published version' })
  publishModule(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<LearningModule> {
    return this.service.publish(viewer, id);
  }

  @Roles(...ROLES)
  @Query(() => LearningModule, { name: 'module', description: 'A module of the organisation (drafts for authors only)' })
  module(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<LearningModule> {
    return this.service.get(viewer, id);
  }

  @Roles(...ROLES)
  @Query(() => [LearningModule], { description: "The organisation's module catalogue, filtered" })
  modules(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => ModuleFilterInput, nullable: true }) filter?: ModuleFilterInput,
  ): Promise<LearningModule[]> {
    return this.service.catalogue(viewer, filter ?? {});
  }

  @Roles(...ROLES)
  @Query(() => ModuleVersion, { description: 'One version of a module (drafts for authors only)' })
  moduleVersion(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ModuleVersion> {
    return this.service.getVersion(viewer, id);
  }
}
