// Sign-in, sessions and the viewer's profile: the only code that reads users and memberships for identity.
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { isPlausibleEmail, isRole, normaliseEmail, type Role } from '@fit/shared';
import { badInput, forbidden, notFound, unauthenticated } from '../../common/errors/domain-error.js';
import type { SessionKind, Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/ids.js';
import { MembershipEntity } from './membership.entity.js';
import { UserEntity } from './user.entity.js';
import { deactivatedMember, invalidCredentials, noMembership } from './identity.errors.js';
import { verifySecret } from './passwords.js';
import { LOGIN_PER_EMAIL, LOGIN_PER_IP, RateLimitsService } from './rate-limits.service.js';
import { SessionsService, type TokenPair } from './sessions.service.js';
import type { LoginPayload } from './models/login-payload.model.js';
import type { Me } from './models/me.model.js';

type MeRow = Pick<Me, 'id' | 'email' | 'displayName' | 'language' | 'memberships'>;

// The user and their memberships (oldest first) with each organisation, as `Me` answers them.
const ME = `
  select u.id, u.email, u.display_name as "displayName", u.language,
         coalesce(json_agg(json_build_object('role', m.role, 'organisation', json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind))
                  order by m.created_at) filter (where m.id is not null), '[]') as memberships
    from users u
    left join memberships m on m.user_id = u.id and m.deactivated_at is null
    left join organisations o on o.id = m.organisation_id
   where u.id = $1
   group by u.id`;

// Which membership a sign-in opens first: the most responsible role, then the oldest membership.
const ROLE_RANK: Record<Role, number> = { admin: 0, manager: 1, facilitator: 2, planner: 3, trainer: 4, worker: 5 };

@Injectable()
export class IdentityService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly sessions: SessionsService,
    private readonly rateLimits: RateLimitsService,
  ) {}

  async login(email: string, password: string, ip = 'unknown'): Promise<LoginPayload> {
    if (!isPlausibleEmail(email)) throw badInput('Enter a valid email address, e.g. name@company.fr.');
    if (!password) throw badInput('Enter your password.');
    const emailKey = `login:email:${normaliseEmail(email)}`;
    const ipKey = `login:ip:${ip}`;
    const attempt = await this.rateLimits.attempt([
      { key: emailKey, limit: LOGIN_PER_EMAIL },
      { key: ipKey, limit: LOGIN_PER_IP },
    ]);
    const user = await this.users.findOneBy({ email: normaliseEmail(email) });
    if (!(await verifySecret(user?.passwordHash, password)) || !user) throw invalidCredentials();
    await this.rateLimits.succeeded(attempt, [emailKey]);
    const memberships = await this.membershipsOf(user.id);
    const active = [...memberships].sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role])[0];
    if (!active) {
      // The password was right, so saying why is no oracle: every membership of theirs was deactivated.
      if (await this.memberships.existsBy({ userId: user.id })) throw deactivatedMember();
      throw noMembership();
    }
    return this.startSession(user.id, active.organisationId, 'web');
  }

  /** Opens a session for a member of an organisation and answers like a sign-in. */
  async startSession(userId: string, organisationId: string, kind: SessionKind, tabletId: string | null = null): Promise<LoginPayload> {
    const role = await this.currentRole(userId, organisationId);
    if (!role) throw notFound('This membership');
    const started = await this.sessions.start({ userId, organisationId, role }, kind, tabletId);
    return this.payload(started, started.viewer);
  }

  async refresh(refreshToken: string): Promise<LoginPayload> {
    const rotated = await this.sessions.rotate(refreshToken);
    return this.payload(rotated, rotated.viewer);
  }

  /** New tokens acting for another organisation the same user belongs to. */
  async switchOrganisation(viewer: Viewer, organisationId: string): Promise<LoginPayload> {
    if (viewer.sessionKind === 'tablet') throw forbidden('A site tablet stays with its own organisation.');
    const role = await this.currentRole(viewer.userId, organisationId);
    // Same answer whether the organisation does not exist or the user is not in it: nothing to probe.
    if (!role) throw notFound('This organisation');
    if (viewer.sessionId) await this.sessions.revoke(viewer.sessionId);
    return this.startSession(viewer.userId, organisationId, 'web');
  }

  async logout(viewer: Viewer): Promise<boolean> {
    if (viewer.sessionId) await this.sessions.revoke(viewer.sessionId);
    return true;
  }

  /**
   * From a site tablet, "everywhere" is everywhere in the tablet's organisation: the worker's sessions elsewhere are
   * not the tablet's to end (anyone at the tablet may be the one pressing it).
   */
  async logoutEverywhere(viewer: Viewer): Promise<boolean> {
    if (viewer.sessionKind === 'tablet') await this.sessions.revokeAllOfIn(viewer.userId, viewer.organisationId);
    else await this.sessions.revokeAllOf(viewer.userId);
    return true;
  }

  /** The viewer's current role in the organisation named by their token, or undefined when it was revoked. */
  async currentRole(userId: string, organisationId: string) {
    if (!isUuid(userId) || !isUuid(organisationId)) return undefined;
    const membership = await this.memberships.findOneBy({ userId, organisationId });
    // A deactivated member signs in to this organisation no more (their records stay).
    return membership && !membership.deactivatedAt && isRole(membership.role) ? membership.role : undefined;
  }

  /**
   * The viewer with every membership, in one indexed query (the guard's one query checked the session): `me` is asked
   * by every screen at start, so it reads what it answers and nothing else, with no entity hydration.
   */
  async me(viewer: Viewer): Promise<Me> {
    // The guard's session check of this very request read the profile already; sign-in and refresh have none yet.
    const [row] = viewer.profile ? [viewer.profile as MeRow] : await this.users.query<MeRow[]>(ME, [viewer.userId]);
    if (!row) throw unauthenticated();
    const active = row.memberships.find((m) => m.organisation.id === viewer.organisationId);
    if (!active) throw unauthenticated();
    // A worker signed in on a site tablet acts only in the tablet's organisation: the others are not shown there.
    const memberships = viewer.sessionKind === 'tablet' ? row.memberships.filter((m) => m.organisation.id === viewer.organisationId) : row.memberships;
    return {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      language: row.language,
      role: active.role,
      organisation: active.organisation,
      memberships,
    };
  }

  private async payload(tokens: TokenPair, viewer: Viewer): Promise<LoginPayload> {
    return { ...tokens, me: await this.me(viewer) };
  }

  private membershipsOf(userId: string) {
    return this.memberships.find({
      where: { userId, deactivatedAt: IsNull() },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
  }

}
