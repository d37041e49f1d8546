// GraphQL for renewals: upcoming lapses of the crew's ULOs, and each scheme's lead time.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { RenewalRun, UpcomingRenewal } from './models/upcoming-renewal.model.js';
import { RenewalsService } from './renewals.service.js';

@Resolver(() => UpcomingRenewal)
export class RenewalsResolver {
  constructor(private readonly renewals: RenewalsService) {}

  @Roles(...STAFF_ROLES)
  @Query(() => [UpcomingRenewal], { description: "ULOs of the organisation's workers (of one site's crew if given) lapsing within the days, soonest first" })
  upcomingRenewals(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID, nullable: true }) siteId?: string,
    @Args('days', { type: () => Int, defaultValue: 90 }) days = 90,
  ): Promise<UpcomingRenewal[]> {
    return this.renewals.upcoming(viewer, siteId ?? null, days);
  }

  @Roles('admin')
  @Mutation(() => RenewalRun, { description: "Runs today's renewal check for the organisation now (it also runs every day)" })
  runRenewals(@CurrentViewer() viewer: Viewer): Promise<RenewalRun> {
    return this.renewals.runFor(viewer.organisationId);
  }

  @Roles('admin')
  @Mutation(() => Int, { description: "Sets how many days before a ULO of the scheme lapses its renewal is assigned (default 60)" })
  setRenewalLeadDays(@Args('scheme') scheme: string, @Args('days', { type: () => Int }) days: number): Promise<number> {
    return this.renewals.setLeadDays(scheme, days);
  }
}
