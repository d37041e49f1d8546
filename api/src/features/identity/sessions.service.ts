// Sessions as refresh-token families: start, rotate (replay revokes the family), end one or all, and check per request.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { isRole, type Role } from '@fit/shared';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { unauthenticated } from '../../common/errors/domain-error.js';
import type { SessionKind, Viewer, ViewerProfile } from '../../common/auth/viewer.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';
import { digestToken, newOpaqueToken } from './secret-tokens.js';
import { TokensService, type AccessClaims } from './tokens.service.js';

export interface TokenPair {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
}

interface SessionStateRow {
  role: string | null;
  tokens_valid_after: Date | null;
  session_revoked_at: Date | null;
  tablet_revoked_at: Date | null;
}

type ActiveSessionRow = SessionStateRow & ViewerProfile;

// The per-request check and the viewer's profile in one indexed query (primary keys and memberships(user_id)): the
// session, its tablet, sign-out-everywhere and the membership, plus the user and every membership (oldest first) that
// `me` answers, so the screen every app opens costs one round trip. Read fresh on each request: nothing outlives a
// revocation.
const ACTIVE_SESSION = `
  select m.role, u.tokens_valid_after, s.revoked_at as session_revoked_at, t.revoked_at as tablet_revoked_at,
         u.id, u.email, u.display_name as "displayName", u.language,
         (select coalesce(json_agg(json_build_object('role', am.role, 'organisation',
                    json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind)) order by am.created_at), '[]')
            from memberships am join organisations o on o.id = am.organisation_id
           where am.user_id = s.user_id) as memberships
    from sessions s
    join users u on u.id = s.user_id
    left join memberships m on m.user_id = s.user_id and m.organisation_id = s.organisation_id
    left join tablets t on t.id = s.tablet_id
   where s.id = $1 and s.user_id = $2 and s.organisation_id = $3`;

const signedOut = () => unauthenticated('You were signed out. Please sign in again.');

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: TokensService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(viewer: Viewer, kind: SessionKind, tabletId: string | null = null): Promise<TokenPair & { viewer: Viewer }> {
    const session = await this.db.getRepository(SessionEntity).save(
      this.db.getRepository(SessionEntity).create({
        userId: viewer.userId,
        organisationId: viewer.organisationId,
        kind,
        tabletId,
      }),
    );
    const full: Viewer = { ...viewer, sessionId: session.id, sessionKind: kind, tabletId };
    return { ...(await this.issue(session, full)), viewer: full };
  }

  /** Exchanges a refresh token for a new pair. A token used twice means it was stolen: the whole family ends. */
  async rotate(refreshToken: string): Promise<TokenPair & { viewer: Viewer }> {
    const invalid = () => unauthenticated('This refresh token is not valid. Please sign in again.');
    if (!refreshToken || refreshToken.length > 200) throw invalid();
    const hash = digestToken(refreshToken);
    const claimed = await this.db.query<{ id: string; session_id: string }[]>(
      // Wrapped in a select: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      `with claimed as (
         update refresh_tokens set used_at = now()
          where token_hash = $1 and used_at is null and expires_at > now()
          returning id, session_id)
       select id, session_id from claimed`,
      [hash],
    );
    if (claimed.length === 0) {
      const known = await this.db.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: hash });
      if (known?.usedAt) {
        await this.revoke(known.sessionId);
        throw unauthenticated(
          'This refresh token was already used. For your safety, this session has been signed out everywhere it was open. Please sign in again.',
        );
      }
      if (known) throw unauthenticated('Your session has expired. Please sign in again.');
      throw invalid();
    }
    const session = await this.db.getRepository(SessionEntity).findOneByOrFail({ id: claimed[0]!.session_id });
    const state = await this.stateOf(session.id, session.userId, session.organisationId);
    if (!state || state.session_revoked_at || state.tablet_revoked_at) throw signedOut();
    if (!state.role || !isRole(state.role)) {
      throw unauthenticated('You are no longer a member of this organisation. Please sign in again.');
    }
    const viewer: Viewer = {
      userId: session.userId,
      organisationId: session.organisationId,
      role: state.role,
      sessionId: session.id,
      sessionKind: session.kind,
      tabletId: session.tabletId,
    };
    return { ...(await this.issue(session, viewer)), viewer };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query('update sessions set revoked_at = now() where id = $1 and revoked_at is null', [sessionId]);
  }

  /** Ends every session of the user; access tokens already out die too, through tokens_valid_after. */
  async revokeAllOf(userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query('update sessions set revoked_at = now() where user_id = $1 and revoked_at is null', [userId]);
      await tx.getRepository(UserEntity).update({ id: userId }, { tokensValidAfter: new Date() });
    });
  }

  /** Ends the user's sessions in one organisation only; each is refused at its next request (sessions are checked per request). */
  async revokeAllOfIn(userId: string, organisationId: string): Promise<void> {
    await this.db.query('update sessions set revoked_at = now() where user_id = $1 and organisation_id = $2 and revoked_at is null', [
      userId,
      organisationId,
    ]);
  }

  async revokeTablet(tabletId: string): Promise<void> {
    await this.db.query('update sessions set revoked_at = now() where tablet_id = $1 and revoked_at is null', [tabletId]);
  }

  /**
   * The one session check behind every door (GraphQL, REST, xAPI): the token's signature, then its session, tablet,
   * sign-out-everywhere and membership in the database, in one query. Revoked or unknown: UNAUTHENTICATED (401).
   */
  async viewerFromAccessToken(token: string): Promise<Viewer> {
    const claimed = await this.tokens.verifyAccessToken(token);
    // This query runs on every request: straight on the pool's pg client, without the ORM's per-query runner.
    const pool = (this.db.driver as unknown as { master: Pool }).master;
    const { rows } = await pool.query<ActiveSessionRow>(ACTIVE_SESSION, [claimed.sessionId, claimed.userId, claimed.organisationId]);
    const state = rows[0];
    const role = this.roleIfActive(claimed, state);
    const { id, email, displayName, language, memberships } = state!;
    return {
      userId: claimed.userId,
      organisationId: claimed.organisationId,
      role,
      sessionId: claimed.sessionId,
      sessionKind: claimed.sessionKind,
      tabletId: claimed.tabletId,
      profile: { id, email, displayName, language, memberships },
    };
  }

  /** Checks an access token against the database: one query per request. Returns the current role. */
  async assertActive(claims: AccessClaims): Promise<Role> {
    return this.roleIfActive(claims, await this.stateOf(claims.sessionId, claims.userId, claims.organisationId));
  }

  private roleIfActive(claims: AccessClaims, state: SessionStateRow | undefined): Role {
    if (!state) throw unauthenticated('Your session is not valid. Please sign in again.');
    if (state.session_revoked_at || state.tablet_revoked_at) throw signedOut();
    if (state.tokens_valid_after && claims.issuedAtMs <= new Date(state.tokens_valid_after).getTime()) throw signedOut();
    if (!state.role || !isRole(state.role)) {
      throw unauthenticated('You are no longer a member of this organisation. Please sign in again.');
    }
    return state.role;
  }

  private async stateOf(sessionId: string, userId: string, organisationId: string): Promise<SessionStateRow | undefined> {
    const rows = await this.db.query<SessionStateRow[]>(
      `select m.role, u.tokens_valid_after, s.revoked_at as session_revoked_at, t.revoked_at as tablet_revoked_at
         from sessions s
         join users u on u.id = s.user_id
         left join memberships m on m.user_id = s.user_id and m.organisation_id = s.organisation_id
         left join tablets t on t.id = s.tablet_id
        where s.id = $1 and s.user_id = $2 and s.organisation_id = $3`,
      [sessionId, userId, organisationId],
    );
    return rows[0];
  }

  private async issue(session: SessionEntity, viewer: Viewer): Promise<TokenPair> {
    const { token, expiresAt } = await this.tokens.issueAccessToken({
      ...viewer,
      sessionId: session.id,
      sessionKind: session.kind,
      tabletId: session.tabletId,
    });
    const refreshToken = newOpaqueToken();
    const lifetimeMs =
      session.kind === 'tablet' ? this.config.tabletIdleMinutes * 60_000 : this.config.refreshTokenTtlDays * 86_400_000;
    const refreshExpiresAt = new Date(Date.now() + lifetimeMs);
    await this.db
      .getRepository(RefreshTokenEntity)
      .insert({ sessionId: session.id, tokenHash: digestToken(refreshToken), expiresAt: refreshExpiresAt });
    return { accessToken: token, expiresAt, refreshToken, refreshExpiresAt };
  }
}
