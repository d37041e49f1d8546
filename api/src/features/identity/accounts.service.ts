// A member's account in an organisation: change one's password, leave; managers deactivate and reactivate members and
// see who they are (admins also see each one's last sign-in). Records always stay: nothing here deletes learning data.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, conflict, DomainError, forbidden, notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import type { Member } from './models/member.model.js';
import { hashSecret, verifySecret } from './passwords.js';
import { checkNewPassword } from './password-resets.service.js';
import { type Limit, RateLimitsService } from './rate-limits.service.js';
import { SessionsService } from './sessions.service.js';

/** Wrong current passwords when changing it: a stolen open session must not become a password-guessing oracle. */
export const PASSWORD_CHANGE_PER_USER: Limit = { max: 5, windowSeconds: 15 * 60 };

// Members with the start of their latest session in this organisation (sessions(user_id) is indexed); `oneUser`
// narrows it to the user in $2.
const membersSql = (oneUser: boolean) => `
  select u.id, u.display_name as "displayName", u.email, m.role, m.deactivated_at as "deactivatedAt",
         (select max(s.created_at) from sessions s where s.user_id = u.id and s.organisation_id = m.organisation_id) as "lastSignInAt"
    from memberships m join users u on u.id = m.user_id
   where m.organisation_id = $1 ${oneUser ? 'and u.id = $2' : ''}
   order by u.display_name, u.id`;

const MANAGING_ROLES = ['manager', 'admin'];

@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rateLimits: RateLimitsService,
    private readonly sessions: SessionsService,
  ) {}

  /** The signed-in person changes their password; their other sessions end, this one goes on. */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<boolean> {
    if (viewer.sessionKind === 'tablet') throw forbidden('Change your password on your own device, not on a site tablet.');
    checkNewPassword(newPassword);
    const key = `password-change:${viewer.userId}`;
    const attempt = await this.rateLimits.attempt([{ key, limit: PASSWORD_CHANGE_PER_USER }]);
    const [user] = await this.db.query<{ password_hash: string | null }[]>('select password_hash from users where id = $1', [viewer.userId]);
    if (!user || !(await verifySecret(user.password_hash, currentPassword))) {
      throw new DomainError('INVALID_CREDENTIALS', 'Your current password is not right.', { field: 'currentPassword' });
    }
    await this.rateLimits.succeeded(attempt, [key]);
    const hash = await hashSecret(newPassword);
    await this.db.transaction(async (tx) => {
      await tx.query('update users set password_hash = $2 where id = $1', [viewer.userId, hash]);
      // Sessions are checked on every request, so revoking them ends their access tokens at once too.
      await tx.query('update sessions set revoked_at = now() where user_id = $1 and id is distinct from $2::uuid and revoked_at is null', [
        viewer.userId,
        viewer.sessionId ?? null,
      ]);
      await tx.query('delete from password_resets where user_id = $1 and used_at is null', [viewer.userId]);
    });
    return true;
  }

  async members(viewer: Viewer): Promise<Member[]> {
    const rows = await this.db.query<Member[]>(membersSql(false), [viewer.organisationId]);
    // When someone last signed in is an admin's to see (support, dormant accounts), not every manager's.
    return viewer.role === 'admin' ? rows : rows.map((row) => ({ ...row, lastSignInAt: null }));
  }

  /** The member signs in to this organisation no more, from now: their sessions here end at once; records stay. */
  async deactivate(viewer: Viewer, userId: string): Promise<Member> {
    const target = await this.manageableMember(viewer, userId);
    await this.db.transaction(async (tx) => {
      await tx.query('update memberships set deactivated_at = now() where id = $1 and deactivated_at is null', [target.membershipId]);
      await tx.query('update sessions set revoked_at = now() where user_id = $1 and organisation_id = $2 and revoked_at is null', [
        userId,
        viewer.organisationId,
      ]);
    });
    return this.member(viewer, userId);
  }

  async reactivate(viewer: Viewer, userId: string): Promise<Member> {
    const target = await this.manageableMember(viewer, userId);
    await this.db.query('update memberships set deactivated_at = null where id = $1', [target.membershipId]);
    return this.member(viewer, userId);
  }

  /**
   * The person leaves an organisation: its teams and crews drop them, their open assignments there close, their
   * sessions there end. Their learning record stays theirs. The last manager or admin cannot leave it unmanaged.
   */
  async leave(viewer: Viewer, organisationId: string): Promise<boolean> {
    if (viewer.sessionKind === 'tablet') throw forbidden('Leave an organisation from your own device, not from a site tablet.');
    const [membership] = isUuid(organisationId)
      ? await this.db.query<{ id: string; role: string }[]>('select id, role from memberships where user_id = $1 and organisation_id = $2', [
          viewer.userId,
          organisationId,
        ])
      : [];
    if (!membership) throw notFound('This organisation');
    if (MANAGING_ROLES.includes(membership.role)) {
      const [others] = await this.db.query<{ n: number }[]>(
        `select count(*)::int as n from memberships
          where organisation_id = $1 and user_id <> $2 and role in ('manager', 'admin') and deactivated_at is null`,
        [organisationId, viewer.userId],
      );
      if (!others?.n) throw conflict('You are the last manager of this organisation: make someone else manager before you leave.', { reason: 'LAST_MANAGER' });
    }
    await this.db.transaction(async (tx) => {
      const params = [viewer.userId, organisationId];
      await tx.query('delete from team_members where user_id = $1 and team_id in (select id from teams where organisation_id = $2)', params);
      await tx.query('delete from site_members where user_id = $1 and site_id in (select id from sites where organisation_id = $2)', params);
      await tx.query('delete from memberships where user_id = $1 and organisation_id = $2', params);
      await tx.query(
        `update assignments set state = 'closed', closed_reason = 'left_organisation', closed_at = now()
          where worker_id = $1 and organisation_id = $2 and state = 'open'`,
        params,
      );
      await tx.query('update sessions set revoked_at = now() where user_id = $1 and organisation_id = $2 and revoked_at is null', params);
    });
    return true;
  }

  /** A member of the viewer's organisation the viewer may act on: not themself, and a manager never over an admin. */
  private async manageableMember(viewer: Viewer, userId: string): Promise<{ membershipId: string }> {
    if (userId === viewer.userId) throw badInput('You cannot deactivate yourself. To go, leave the organisation.');
    const [row] = isUuid(userId)
      ? await this.db.query<{ id: string; role: string }[]>('select id, role from memberships where user_id = $1 and organisation_id = $2', [
          userId,
          viewer.organisationId,
        ])
      : [];
    if (!row) throw notFound('This member');
    if (row.role === 'admin' && viewer.role !== 'admin') throw forbidden('Only an admin can deactivate or reactivate an admin.');
    return { membershipId: row.id };
  }

  private async member(viewer: Viewer, userId: string): Promise<Member> {
    const [row] = await this.db.query<Member[]>(membersSql(true), [viewer.organisationId, userId]);
    if (!row) throw notFound('This member');
    return viewer.role === 'admin' ? row : { ...row, lastSignInAt: null };
  }
}
