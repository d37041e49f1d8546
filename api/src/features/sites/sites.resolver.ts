// GraphQL entry points for building sites.
import { Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { Site } from './models/site.model.js';
import { SitesService } from './sites.service.js';

@Resolver(() => Site)
export class SitesResolver {
  constructor(private readonly sitesService: SitesService) {}

  @Roles(...ROLES)
  @Query(() => [Site], { description: "Building sites of the viewer's active organisation" })
  sites(@CurrentViewer() viewer: Viewer): Promise<Site[]> {
    return this.sitesService.listForViewer(viewer);
  }
}
