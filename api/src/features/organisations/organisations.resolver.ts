// GraphQL entry points for organisations and invitations.
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { LoginPayload } from '../identity/models/login-payload.model.js';
import { Organisation } from '../identity/models/organisation.model.js';
import { AcceptInvitationInput } from './dto/accept-invitation.input.js';
import { CreateInvitationInput } from './dto/create-invitation.input.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { InvitationsService } from './invitations.service.js';
import { Invitation } from './models/invitation.model.js';
import { InvitationPreview } from './models/invitation-preview.model.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver()
export class OrganisationsResolver {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly invitationsService: InvitationsService,
  ) {}

  @Roles('admin')
  @Mutation(() => Organisation, { description: "Create an organisation under the viewer's network body" })
  createOrganisation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return this.organisations.create(viewer, input);
  }

  @Roles('admin', 'manager')
  @Query(() => [Organisation], { description: "The viewer's organisation and, for a network admin, those it created" })
  managedOrganisations(@CurrentViewer() viewer: Viewer): Promise<Organisation[]> {
    return this.organisations.listManaged(viewer);
  }

  @Roles('admin', 'manager')
  @Mutation(() => Invitation, { description: 'Invite a manager or trainer; the answer carries the link, once' })
  createInvitation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateInvitationInput): Promise<Invitation> {
    return this.invitationsService.create(viewer, input);
  }

  @Roles('admin', 'manager')
  @Query(() => [Invitation])
  invitations(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<Invitation[]> {
    return this.invitationsService.list(viewer, organisationId);
  }

  @Roles('admin', 'manager')
  @Mutation(() => Boolean, { description: 'Withdraw a pending invitation; its link stops working' })
  revokeInvitation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.invitationsService.revoke(viewer, id);
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link is for, and whether it can still be accepted' })
  invitationPreview(@Args('token') token: string): Promise<InvitationPreview> {
    return this.invitationsService.preview(token);
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'Accept an invitation from its link; signs the new member in' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<LoginPayload> {
    return this.invitationsService.accept(input);
  }
}
