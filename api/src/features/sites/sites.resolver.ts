// GraphQL entry points for building sites: everyone signed in reads their organisation's; managers and admins write.
import { Args, ID, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { SiteInput } from './dto/site.input.js';
import { Site, SiteStatus } from './models/site.model.js';
import { SitesService } from './sites.service.js';

const SITE_WRITERS = ['manager', 'admin'] as const;

@Resolver(() => Site)
export class SitesResolver {
  constructor(private readonly sitesService: SitesService) {}

  @Roles(...ROLES)
  @Query(() => [Site], { description: "Building sites of the viewer's active organisation; `status` keeps active or closed ones" })
  sites(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => SiteStatus, nullable: true }) status?: SiteStatus | null,
  ): Promise<Site[]> {
    return this.sitesService.listForViewer(viewer, status);
  }

  @Roles(...SITE_WRITERS)
  @Mutation(() => Site, { description: 'Create a site; a field refused answers with extensions.field and extensions.problem' })
  createSite(@CurrentViewer() viewer: Viewer, @Args('input') input: SiteInput): Promise<Site> {
    return this.sitesService.create(viewer, input);
  }

  @Roles(...SITE_WRITERS)
  @Mutation(() => Site, { description: "Edit a site's name, address, dates, time zone, client or contract" })
  updateSite(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SiteInput,
  ): Promise<Site> {
    return this.sitesService.update(viewer, id, input);
  }

  @Roles(...SITE_WRITERS)
  @Mutation(() => Site, { description: 'Close a site: its tablets are revoked and its open assignments end; its records stay' })
  closeSite(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Site> {
    return this.sitesService.close(viewer, id);
  }

  @ResolveField(() => SiteStatus)
  status(@Root() site: Site): SiteStatus {
    return site.closedAt ? SiteStatus.closed : SiteStatus.active;
  }
}
