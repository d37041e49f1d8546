// GraphQL entry points for signing in, sessions and the signed-in user's profile.
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@fit/shared';
import { Public, Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { RequestWithViewer, Viewer } from '../../common/auth/viewer.js';
import { IdentityService } from './identity.service.js';
import { LoginPayload } from './models/login-payload.model.js';
import { Me } from './models/me.model.js';

@Resolver()
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Sign in with email and password' })
  login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context('req') req: RequestWithViewer,
  ): Promise<LoginPayload> {
    return this.identity.login(email, password, req.ip);
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'Exchange a refresh token for a new token pair (the old one stops working)' })
  refresh(@Args('refreshToken') refreshToken: string): Promise<LoginPayload> {
    return this.identity.refresh(refreshToken);
  }

  @Roles(...ROLES)
  @Mutation(() => LoginPayload, { description: 'New tokens acting for another organisation the viewer belongs to' })
  switchOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<LoginPayload> {
    return this.identity.switchOrganisation(viewer, organisationId);
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: 'End this session' })
  logout(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.identity.logout(viewer);
  }

  @Roles(...ROLES)
  @Mutation(() => Boolean, { description: 'End every session of the viewer, on every device' })
  logoutEverywhere(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.identity.logoutEverywhere(viewer);
  }

  @Roles(...ROLES)
  @Query(() => Me, { description: 'The signed-in user' })
  me(@CurrentViewer() viewer: Viewer): Promise<Me> {
    return this.identity.me(viewer);
  }
}
