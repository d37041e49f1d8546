// GraphQL entry points for accounts: forgot and change password, members, deactivation, leaving an organisation.
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@fit/shared';
import { Public, Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { RequestWithViewer, Viewer } from '../../common/auth/viewer.js';
import { AccountsService } from './accounts.service.js';
import { Member } from './models/member.model.js';
import { PasswordResetLinkModel, PasswordResetStateEnum } from './models/password-reset.models.js';
import { PasswordResetsService } from './password-resets.service.js';

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly resets: PasswordResetsService,
    private readonly accounts: AccountsService,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Send a single-use password reset link (30 minutes) to this email; the answer is the same whether or not it has an account',
  })
  requestPasswordReset(@Args('email') email: string, @Context('req') req: RequestWithViewer): Promise<boolean> {
    return this.resets.request(email, req.ip);
  }

  @Public()
  @Query(() => PasswordResetStateEnum, { description: 'Whether a password reset link can still be used' })
  passwordResetState(@Args('token') token: string): Promise<PasswordResetStateEnum> {
    return this.resets.state(token) as Promise<PasswordResetStateEnum>;
  }

  @Public()
  @Mutation(() => Boolean, { description: "Set a new password through a reset link (once); every session of the account ends" })
  resetPassword(@Args('token') token: string, @Args('password') password: string): Promise<boolean> {
    return this.resets.reset(token, password);
  }

  @Roles('admin')
  @Mutation(() => PasswordResetLinkModel, { description: 'A password reset link for a member of the viewer\'s organisation, to pass on by hand' })
  passwordResetLinkFor(@CurrentViewer() viewer: Viewer, @Args('email') email: string): Promise<PasswordResetLinkModel> {
    return this.resets.linkFor(viewer, email);
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: "Change the viewer's password; their other sessions end" })
  changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.accounts.changePassword(viewer, currentPassword, newPassword);
  }

  @Roles('manager', 'admin')
  @Query(() => [Member], { description: "Members of the viewer's organisation (admins also see each one's last sign-in)" })
  members(@CurrentViewer() viewer: Viewer): Promise<Member[]> {
    return this.accounts.members(viewer);
  }

  @Roles('manager', 'admin')
  @Mutation(() => Member, { description: 'The member may no longer sign in to this organisation; their sessions end now, their records stay' })
  deactivateMember(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }) userId: string): Promise<Member> {
    return this.accounts.deactivate(viewer, userId);
  }

  @Roles('manager', 'admin')
  @Mutation(() => Member, { description: 'A deactivated member may sign in to this organisation again' })
  reactivateMember(@CurrentViewer() viewer: Viewer, @Args('userId', { type: () => ID }) userId: string): Promise<Member> {
    return this.accounts.reactivate(viewer, userId);
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: 'The viewer leaves an organisation; their learning record stays theirs' })
  leaveOrganisation(@CurrentViewer() viewer: Viewer, @Args('organisationId', { type: () => ID }) organisationId: string): Promise<boolean> {
    return this.accounts.leave(viewer, organisationId);
  }
}
