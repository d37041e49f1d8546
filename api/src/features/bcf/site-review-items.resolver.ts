// GraphQL for the "to review on site" items imported from BCF.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { SiteReviewItem } from './models/site-review-item.model.js';
import { SiteReviewItemsService } from './site-review-items.service.js';

@Resolver(() => SiteReviewItem)
export class SiteReviewItemsResolver {
  constructor(private readonly items: SiteReviewItemsService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [SiteReviewItem], { description: "Things to check on the site's elements (imported from BCF), open ones first" })
  siteReviewItems(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID }) siteId: string,
    @Args('includeDone', { type: () => Boolean, defaultValue: false }) includeDone: boolean,
  ): Promise<SiteReviewItem[]> {
    return this.items.list(viewer, siteId, includeDone);
  }

  @Roles(...STAFF_ROLES)
  @Mutation(() => SiteReviewItem, { description: 'Marks an item as checked on site, with an optional note' })
  resolveSiteReviewItem(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<SiteReviewItem> {
    return this.items.resolve(viewer, id, note);
  }
}
