// GraphQL entry points for site tablets: staff enrol and revoke; the tablet itself (X-Device-Token) signs workers in.
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { STAFF_ROLES } from '@fit/shared';
import { Public, Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { RequestWithViewer, Viewer } from '../../common/auth/viewer.js';
import { LoginPayload } from '../identity/models/login-payload.model.js';
import { CrewMember, EnrolTabletPayload, Tablet, TabletEnrolmentCode } from './models/tablet.model.js';
import { TabletsService } from './tablets.service.js';
import { OfflineLockoutsService } from './offline-lockouts.service.js';
import { deviceToken } from './device-token.js';

const PUBLIC_KEY_ARG =
  "The public half (RSA-OAEP-256 JWK) of the key pair the tablet made for this enrolment: the site pack's PIN hashes are sealed for it";

@Resolver()
export class TabletsResolver {
  constructor(
    private readonly tabletsService: TabletsService,
    private readonly offlineLockouts: OfflineLockoutsService,
  ) {}

  @Roles('manager', 'trainer')
  @Mutation(() => EnrolTabletPayload, { description: 'Bind a tablet to a site; the device token is returned only now' })
  enrolTablet(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID }) siteId: string,
    @Args('label') label: string,
    @Args('publicKey', { type: () => String, nullable: true, description: PUBLIC_KEY_ARG }) publicKey?: string | null,
  ): Promise<EnrolTabletPayload> {
    return this.tabletsService.enrol(viewer, siteId, label, publicKey);
  }

  @Roles('manager', 'trainer')
  @Mutation(() => TabletEnrolmentCode, { description: 'A one-time code (15 minutes) that sets up a tablet for this site' })
  createTabletEnrolmentCode(
    @CurrentViewer() viewer: Viewer,
    @Args('siteId', { type: () => ID }) siteId: string,
    @Args('label') label: string,
  ): Promise<TabletEnrolmentCode> {
    return this.tabletsService.createEnrolmentCode(viewer, siteId, label);
  }

  // Public: the tablet has no credential yet; the one-time code is the credential (rate-limited per address).
  @Public()
  @Mutation(() => EnrolTabletPayload, { description: 'The tablet trades a one-time set-up code for its device token' })
  enrolTabletWithCode(
    @Context('req') req: RequestWithViewer,
    @Args('code') code: string,
    @Args('publicKey', { type: () => String, nullable: true, description: PUBLIC_KEY_ARG }) publicKey?: string | null,
  ): Promise<EnrolTabletPayload> {
    return this.tabletsService.enrolWithCode(code, req.ip ?? 'unknown', publicKey);
  }

  @Roles('manager')
  @Mutation(() => Tablet, { description: 'A lost tablet: its token and every session on it stop working' })
  revokeTablet(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Tablet> {
    return this.tabletsService.revoke(viewer, id);
  }

  @Roles(...STAFF_ROLES)
  @Query(() => [Tablet])
  tablets(@CurrentViewer() viewer: Viewer, @Args('siteId', { type: () => ID }) siteId: string): Promise<Tablet[]> {
    return this.tabletsService.list(viewer, siteId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "A tablet enrolled without its key registers the public half (RSA-OAEP-256 JWK) once; the site pack's PIN hashes are sealed for it (needs X-Device-Token)",
  })
  registerTabletKey(@Context('req') req: RequestWithViewer, @Args('publicKey') publicKey: string): Promise<boolean> {
    return this.tabletsService.registerKey(deviceToken(req), publicKey);
  }

  // Public to the user, but the service requires the tablet's X-Device-Token: the device is the credential.
  @Public()
  @Query(() => [CrewMember], { description: "Names of the tablet's site crew, for the name picker (needs X-Device-Token)" })
  tabletCrew(@Context('req') req: RequestWithViewer): Promise<CrewMember[]> {
    return this.tabletsService.crew(deviceToken(req));
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'A worker signs in on a site tablet with a PIN (needs X-Device-Token)' })
  pinLogin(
    @Context('req') req: RequestWithViewer,
    @Args('workerId', { type: () => ID }) workerId: string,
    @Args('pin') pin: string,
  ): Promise<LoginPayload> {
    return this.tabletsService.pinLogin(deviceToken(req), workerId, pin);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'The tablet reports a wrong-PIN lock that happened while it was offline; managers are told once (needs X-Device-Token). True when new.',
  })
  reportOfflineLockout(
    @Context('req') req: RequestWithViewer,
    @Args('workerId', { type: () => ID }) workerId: string,
    @Args('lockedAt', { type: () => Date }) lockedAt: Date,
  ): Promise<boolean> {
    return this.offlineLockouts.report(deviceToken(req), workerId, lockedAt);
  }

  @Public()
  @Mutation(() => LoginPayload, { description: 'A worker signs in on a site tablet by scanning their badge (needs X-Device-Token)' })
  badgeLogin(@Context('req') req: RequestWithViewer, @Args('code') code: string): Promise<LoginPayload> {
    return this.tabletsService.badgeLogin(deviceToken(req), code);
  }
}
