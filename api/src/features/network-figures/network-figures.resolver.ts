// GraphQL entry point of the network figures: aggregates only, for the staff of a network body.
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { NetworkFigures } from './models/network-figures.model.js';
import { NetworkFiguresService } from './network-figures.service.js';

export const FIGURE_READERS = ['admin', 'facilitator'] as const;

@Resolver()
export class NetworkFiguresResolver {
  constructor(private readonly service: NetworkFiguresService) {}

  @Roles(...FIGURE_READERS)
  @Query(() => NetworkFigures, { description: "Aggregates across the companies sharing with the viewer's network body now; counts below 5 hidden" })
  networkFigures(@CurrentViewer() viewer: Viewer, @Args('months', { type: () => Int, defaultValue: 12 }) months: number): Promise<NetworkFigures> {
    return this.service.figures(viewer, months);
  }
}
