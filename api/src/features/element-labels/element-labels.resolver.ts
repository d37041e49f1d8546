// GraphQL for element QR labels: which modules can have labels printed on a site.
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ElementLabelsService } from './element-labels.service.js';
import { LabelModuleModel } from './models/label-module.model.js';

@Resolver(() => LabelModuleModel)
export class ElementLabelsResolver {
  constructor(private readonly labels: ElementLabelsService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [LabelModuleModel], { description: "Modules bound to elements of the site's current model, for QR labels" })
  labelModules(@CurrentViewer() viewer: Viewer, @Args('siteId', { type: () => ID }) siteId: string): Promise<LabelModuleModel[]> {
    return this.labels.modulesForSite(viewer, siteId);
  }
}
