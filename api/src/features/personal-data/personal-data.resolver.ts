// GraphQL for personal data: erasure requests (made by the person or a manager/admin, executed by an admin) and the
// organisation's retention of evidence photos. The export itself is a download (personal-data.controller.ts).
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ErasureService } from './erasure.service.js';
import { EvidenceRetentionService } from './evidence-retention.service.js';
import { PersonalDataRequest } from './models/personal-data-request.model.js';

@Resolver(() => PersonalDataRequest)
export class PersonalDataResolver {
  constructor(
    private readonly erasure: ErasureService,
    private readonly retention: EvidenceRetentionService,
  ) {}

  @Roles(...ROLES)
  @Mutation(() => PersonalDataRequest, {
    description: "Asks for the erasure of one's own personal data, or (manager, admin) of a worker's of the organisation; an admin executes it",
  })
  requestErasure(@CurrentViewer() viewer: Viewer, @Args('workerId', { type: () => ID, nullable: true }) workerId?: string): Promise<PersonalDataRequest> {
    return this.erasure.request(viewer, workerId ?? null);
  }

  @Roles('manager', 'admin')
  @Query(() => [PersonalDataRequest], { description: "The organisation's erasure requests, waiting ones first" })
  personalDataRequests(@CurrentViewer() viewer: Viewer): Promise<PersonalDataRequest[]> {
    return this.erasure.list(viewer);
  }

  @Roles('admin')
  @Mutation(() => PersonalDataRequest, {
    description: 'Executes an erasure: pseudonym for the name, PIN, badge, contact data and evidence photos deleted, credentials revoked',
  })
  executeErasure(@CurrentViewer() viewer: Viewer, @Args('requestId', { type: () => ID }) requestId: string): Promise<PersonalDataRequest> {
    return this.erasure.execute(viewer, requestId);
  }

  @Roles('admin')
  @Query(() => Int, { nullable: true, description: "Years the organisation keeps evidence photos; null: kept as long as the records" })
  evidenceRetentionYears(@CurrentViewer() viewer: Viewer): Promise<number | null> {
    return this.retention.years(viewer);
  }

  @Roles('admin')
  @Mutation(() => Int, { nullable: true, description: 'Sets (1–50) or removes (null) how many years evidence photos are kept; older ones are deleted daily' })
  setEvidenceRetentionYears(@CurrentViewer() viewer: Viewer, @Args('years', { type: () => Int, nullable: true }) years?: number | null): Promise<number | null> {
    return this.retention.setYears(viewer, years ?? null);
  }
}
