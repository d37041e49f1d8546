// GraphQL entry points for signing in and for the signed-in user's profile.
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@fit/shared';
import { Public, Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdentityService } from './identity.service.js';
import { LoginPayload } from './models/login-payload.model.js';
import { Me } from './models/me.model.js';

@Resolver()
export class IdentityResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Sign in with email and password' })
  login(@Args('email') email: string, @Args('password') password: string): Promise<LoginPayload> {
    return this.identity.login(email, password);
  }

  @Roles(...ROLES)
  @Query(() => Me, { description: 'The signed-in user' })
  me(@CurrentViewer() viewer: Viewer): Promise<Me> {
    return this.identity.me(viewer);
  }
}
