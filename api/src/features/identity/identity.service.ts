// Sign-in and the viewer's profile: the only code that reads users and memberships.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { isPlausibleEmail, isRole, normaliseEmail } from '@fit/shared';
import { badInput, unauthenticated } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';
import { invalidCredentials, noMembership } from './identity.errors.js';
import { verifySecret } from './passwords.js';
import { TokensService } from './tokens.service.js';
import type { LoginPayload } from './models/login-payload.model.js';
import type { Me } from './models/me.model.js';

// Staff sign in as their most responsible role when they hold several organisations.
const ROLE_RANK = { admin: 0, manager: 1, trainer: 2, worker: 3 } as const;

@Injectable()
export class IdentityService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly tokens: TokensService,
  ) {}

  async login(email: string, password: string): Promise<LoginPayload> {
    if (!isPlausibleEmail(email)) throw badInput('Enter a valid email address, e.g. name@company.fr.');
    if (!password) throw badInput('Enter your password.');
    const user = await this.users.findOneBy({ email: normaliseEmail(email) });
    if (!(await verifySecret(user?.passwordHash, password)) || !user) throw invalidCredentials();
    const memberships = await this.membershipsOf(user.id);
    const active = [...memberships].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role])[0];
    if (!active) throw noMembership();
    const viewer: Viewer = { userId: user.id, organisationId: active.organisationId, role: active.role };
    const { token, expiresAt } = await this.tokens.issueAccessToken(viewer);
    return { accessToken: token, expiresAt, me: this.toMe(user, memberships, viewer) };
  }

  /** The viewer's current role in the organisation named by their token, or undefined when it was revoked. */
  async currentRole(userId: string, organisationId: string) {
    const membership = await this.memberships.findOneBy({ userId, organisationId });
    return membership && isRole(membership.role) ? membership.role : undefined;
  }

  async me(viewer: Viewer): Promise<Me> {
    const user = await this.users.findOneBy({ id: viewer.userId });
    if (!user) throw unauthenticated();
    return this.toMe(user, await this.membershipsOf(user.id), viewer);
  }

  private membershipsOf(userId: string) {
    return this.memberships.find({ where: { userId }, relations: { organisation: true }, order: { createdAt: 'ASC' } });
  }

  private toMe(user: UserEntity, memberships: MembershipEntity[], viewer: Viewer): Me {
    const active = memberships.find((m) => m.organisationId === viewer.organisationId);
    if (!active?.organisation) throw unauthenticated();
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      language: user.language,
      role: active.role,
      organisation: active.organisation,
      memberships: memberships.map((m) => ({ organisation: m.organisation!, role: m.role })),
    };
  }
}
