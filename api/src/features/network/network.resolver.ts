// GraphQL entry points of network bodies: their territories, and companies' agreements to share with them.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NETWORK_READERS } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { TerritoryInput } from './dto/territory.input.js';
import { SharingAgreement, SharingParty } from './models/sharing-agreement.model.js';
import { Territory } from './models/territory.model.js';
import { SharingAgreementsService } from './sharing-agreements.service.js';
import { TerritoriesService } from './territories.service.js';

const TERRITORY_WRITERS = ['facilitator', 'admin'] as const;
const COMPANY_SHARERS = ['manager', 'admin'] as const;

@Resolver()
export class NetworkResolver {
  constructor(
    private readonly territoryStore: TerritoriesService,
    private readonly agreements: SharingAgreementsService,
  ) {}

  @Roles(...NETWORK_READERS)
  @Query(() => [Territory], { description: "Territories of the viewer's network body (empty for a company)" })
  territories(@CurrentViewer() viewer: Viewer): Promise<Territory[]> {
    return this.territoryStore.list(viewer);
  }

  @Roles(...TERRITORY_WRITERS)
  @Mutation(() => Territory, { description: 'Create a territory of the viewer’s network body; a refused field answers extensions.field and .problem' })
  createTerritory(@CurrentViewer() viewer: Viewer, @Args('input') input: TerritoryInput): Promise<Territory> {
    return this.territoryStore.create(viewer, input);
  }

  @Roles(...TERRITORY_WRITERS)
  @Mutation(() => Territory)
  updateTerritory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: TerritoryInput,
  ): Promise<Territory> {
    return this.territoryStore.update(viewer, id, input);
  }

  @Roles(...TERRITORY_WRITERS)
  @Mutation(() => Boolean)
  deleteTerritory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.territoryStore.remove(viewer, id);
  }

  @Roles(...COMPANY_SHARERS, ...NETWORK_READERS)
  @Query(() => [SharingAgreement], { description: "Sharing agreements the viewer's organisation is a party to, live first" })
  sharingAgreements(@CurrentViewer() viewer: Viewer): Promise<SharingAgreement[]> {
    return this.agreements.listForViewer(viewer);
  }

  @Roles(...COMPANY_SHARERS)
  @Query(() => [SharingParty], { description: 'Network bodies a company may agree to share with (names only)' })
  networkBodies(): Promise<SharingParty[]> {
    return this.agreements.networkBodies();
  }

  @Roles(...COMPANY_SHARERS)
  @Mutation(() => SharingAgreement, { description: "The viewer's company agrees to share with a network body" })
  startSharing(
    @CurrentViewer() viewer: Viewer,
    @Args('networkOrganisationId', { type: () => ID }) networkOrganisationId: string,
  ): Promise<SharingAgreement> {
    return this.agreements.start(viewer, networkOrganisationId);
  }

  @Roles(...COMPANY_SHARERS)
  @Mutation(() => SharingAgreement, { description: 'End a live sharing agreement of the viewer’s company' })
  endSharing(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SharingAgreement> {
    return this.agreements.end(viewer, id);
  }
}
