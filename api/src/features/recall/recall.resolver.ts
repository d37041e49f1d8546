// GraphQL for spaced recall: which ULOs' questions a site's teams are forgetting (staff of the site's organisation).
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { RecallLapse } from './models/recall-lapse.model.js';
import { RecallService } from './recall.service.js';

@Resolver(() => RecallLapse)
export class RecallResolver {
  constructor(private readonly recall: RecallService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [RecallLapse], { description: "Per team of the site's crew and per ULO: spaced-recall lapses, most forgotten first" })
  recallLapses(@CurrentViewer() viewer: Viewer, @Args('siteId', { type: () => ID }) siteId: string): Promise<RecallLapse[]> {
    return this.recall.lapses(viewer, siteId);
  }
}
