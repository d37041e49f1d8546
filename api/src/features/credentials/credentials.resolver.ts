// GraphQL for credentials: the passport's list (the holder, or staff of their organisation) and revocation.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { CredentialsService } from './credentials.service.js';
import { IssuedCredentialModel } from './models/credential.models.js';

@Resolver()
export class CredentialsResolver {
  constructor(private readonly service: CredentialsService) {}

  @Roles(...ROLES)
  @Query(() => [IssuedCredentialModel], { description: "A worker's Open Badges: one's own, or (staff) a worker of one's organisation" })
  credentials(@CurrentViewer() viewer: Viewer, @Args('workerId', { type: () => ID, nullable: true }) workerId?: string): Promise<IssuedCredentialModel[]> {
    return this.service.forWorker(viewer, workerId);
  }

  @Roles(...ROLES)
  @Query(() => String, { description: "A worker's passport as European Learning Model JSON-LD (one learning achievement per award, from its newest credential not revoked)" })
  passportElm(@CurrentViewer() viewer: Viewer, @Args('workerId', { type: () => ID, nullable: true }) workerId?: string): Promise<string> {
    return this.service.passportElm(viewer, workerId);
  }

  @Roles('manager', 'admin')
  @Mutation(() => IssuedCredentialModel, { description: "Withdraws the award behind a credential the organisation issued; its status bit is set for every verifier" })
  revokeCredential(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string, @Args('reason') reason: string): Promise<IssuedCredentialModel> {
    return this.service.revoke(viewer, id, reason);
  }
}
