// GraphQL for spaced recall: which ULOs' questions a site's teams are forgetting (staff of the site's organisation),
// and the organisation's "recall keeps a ULO fresh" setting (its admins).
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { RecallLapse } from './models/recall-lapse.model.js';
import { RecallService } from './recall.service.js';
import { RecallPolicy } from './models/recall-policy.model.js';
import { RecallPolicyService } from './recall-policy.service.js';

@Resolver(() => RecallLapse)
export class RecallResolver {
  constructor(
    private readonly recall: RecallService,
    private readonly policies: RecallPolicyService,
  ) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [RecallLapse], { description: "Per team of the site's crew and per ULO: spaced-recall lapses, most forgotten first" })
  recallLapses(@CurrentViewer() viewer: Viewer, @Args('siteId', { type: () => ID }) siteId: string): Promise<RecallLapse[]> {
    return this.recall.lapses(viewer, siteId);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => RecallPolicy, { description: 'Whether spaced recall keeps ULOs fresh in this organisation (off by default)' })
  recallPolicy(@CurrentViewer() viewer: Viewer): Promise<RecallPolicy> {
    return this.policies.get(viewer.organisationId);
  }

  @Roles('admin')
  @Mutation(() => RecallPolicy, { description: '"Recall keeps a ULO fresh": on, a ULO whose questions were all remembered within windowDays stays valid extendMonths after the oldest of those recalls' })
  setRecallPolicy(
    @CurrentViewer() viewer: Viewer,
    @Args('keepsFresh') keepsFresh: boolean,
    @Args('extendMonths', { type: () => Int }) extendMonths: number,
    @Args('windowDays', { type: () => Int }) windowDays: number,
  ): Promise<RecallPolicy> {
    return this.policies.set(viewer, { keepsFresh, extendMonths, windowDays });
  }
}
