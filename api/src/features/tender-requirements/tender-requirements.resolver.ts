// GraphQL for a site's tender requirements: staff of the site's organisation list, edit and check them.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { CreateTenderRequirementInput, SiteTenderCheck, TenderRequirement, TenderRequirementInput } from './models/tender.models.js';
import { TenderRequirementsService } from './tender-requirements.service.js';

const SiteId = { type: () => ID };

@Resolver()
export class TenderRequirementsResolver {
  constructor(private readonly tenders: TenderRequirementsService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [TenderRequirement], { description: "A site's tender requirements (training clauses of its public contract)" })
  tenderRequirements(@CurrentViewer() viewer: Viewer, @Args('siteId', SiteId) siteId: string): Promise<TenderRequirement[]> {
    return this.tenders.list(viewer, siteId);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => TenderRequirement)
  createTenderRequirement(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTenderRequirementInput): Promise<TenderRequirement> {
    return this.tenders.create(viewer, input);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => TenderRequirement)
  updateTenderRequirement(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: TenderRequirementInput,
  ): Promise<TenderRequirement> {
    return this.tenders.update(viewer, id, input);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => Boolean)
  deleteTenderRequirement(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.tenders.remove(viewer, id);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => SiteTenderCheck, { description: "The site's crew against each tender requirement: who meets it, what is missing, the share met" })
  siteTenderCheck(@CurrentViewer() viewer: Viewer, @Args('siteId', SiteId) siteId: string): Promise<SiteTenderCheck> {
    return this.tenders.check(viewer, siteId);
  }
}
