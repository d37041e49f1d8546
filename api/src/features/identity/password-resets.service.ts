// "Forgot password": a single-use link valid 30 minutes, its token stored only as a SHA-256 digest. Asking answers
// the same whether or not the e-mail has an account (no account oracle); setting the new password ends every session.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isPlausibleEmail, normaliseEmail, PASSWORD_MIN_LENGTH } from '@fit/shared';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, DomainError, notFound } from '../../common/errors/domain-error.js';
import { hashSecret } from './passwords.js';
import { PasswordResetMailer } from './password-reset-mailer.js';
import { type Limit, RateLimitsService } from './rate-limits.service.js';
import { digestToken, newOpaqueToken } from './secret-tokens.js';
import { SessionsService } from './sessions.service.js';

export const PASSWORD_RESET_MINUTES = 30;
export const PASSWORD_MAX_LENGTH = 200;
/** Asking for links: a person who lost their password asks once or twice, a script asking for many is stopped. */
export const RESET_REQUESTS_PER_EMAIL: Limit = { max: 5, windowSeconds: 60 * 60 };
export const RESET_REQUESTS_PER_IP: Limit = { max: 20, windowSeconds: 60 * 60 };

export type PasswordResetState = 'valid' | 'used' | 'expired' | 'invalid';

export interface IssuedReset {
  link: string;
  expiresAt: Date;
}

/** The page a reset link opens in the PWA. */
export function passwordResetLink(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password/${token}`;
}

/** A new link for a user; earlier unused links of theirs stop working, so only the newest one is out. */
export async function issuePasswordReset(db: DataSource | EntityManager, userId: string, publicUrl: string): Promise<IssuedReset> {
  const token = newOpaqueToken();
  const expiresAt = new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000);
  await db.transaction(async (tx) => {
    await tx.query('delete from password_resets where user_id = $1 and used_at is null', [userId]);
    await tx.query('insert into password_resets (user_id, token_hash, expires_at) values ($1, $2, $3)', [userId, digestToken(token), expiresAt]);
  });
  return { link: passwordResetLink(publicUrl, token), expiresAt };
}

const linkProblem = (state: Exclude<PasswordResetState, 'valid'>) => {
  if (state === 'used') return new DomainError('CONFLICT', 'This link was already used. Ask for a new one if you need to.', { reason: 'RESET_LINK_USED' });
  if (state === 'expired') return new DomainError('CONFLICT', 'This link has expired (it works for 30 minutes). Ask for a new one.', { reason: 'RESET_LINK_EXPIRED' });
  return badInput('This link is not valid. Ask for a new one.', { reason: 'RESET_LINK_INVALID' });
};

@Injectable()
export class PasswordResetsService {
  private readonly log = new Logger('PasswordResets');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: PasswordResetMailer,
    private readonly rateLimits: RateLimitsService,
    private readonly sessions: SessionsService,
  ) {}

  /** Always `true` once the request is well-formed and within its limits, whether or not the account exists. */
  async request(email: string, ip = 'unknown'): Promise<boolean> {
    if (!isPlausibleEmail(email)) throw badInput('Enter a valid email address, e.g. name@company.fr.', { field: 'email' });
    const normalised = normaliseEmail(email);
    // Every request counts (never settled as a success): the limit is on asking, not on failing.
    await this.rateLimits.attempt([
      { key: `reset:email:${normalised}`, limit: RESET_REQUESTS_PER_EMAIL },
      { key: `reset:ip:${ip}`, limit: RESET_REQUESTS_PER_IP },
    ]);
    const [user] = await this.db.query<{ id: string; display_name: string }[]>('select id, display_name from users where email = $1', [normalised]);
    // Not awaited: issuing and mailing must not make "this account exists" measurable in the answer's time.
    if (user) void this.deliver(user.id, user.display_name, normalised);
    return true;
  }

  private async deliver(userId: string, displayName: string, to: string): Promise<void> {
    try {
      const issued = await issuePasswordReset(this.db, userId, this.config.publicUrl);
      await this.mailer.send({ to, displayName, ...issued });
    } catch (error) {
      this.log.error(`Password reset for ${to} could not be sent: ${String(error)}`);
    }
  }

  /** An admin produces a link for a member of their organisation (no SMTP, or the e-mail did not arrive). */
  async linkFor(viewer: Viewer, email: string): Promise<IssuedReset> {
    const [member] = isPlausibleEmail(email)
      ? await this.db.query<{ id: string }[]>(
          'select u.id from users u join memberships m on m.user_id = u.id where u.email = $1 and m.organisation_id = $2',
          [normaliseEmail(email), viewer.organisationId],
        )
      : [];
    if (!member) throw notFound('A member with this email');
    return issuePasswordReset(this.db, member.id, this.config.publicUrl);
  }

  /** What a link can still do, for the page it opens (the token is the secret: nothing about the account is told). */
  async state(token: string): Promise<PasswordResetState> {
    if (!token || token.length > 200) return 'invalid';
    const [row] = await this.db.query<{ used: boolean; expired: boolean }[]>(
      'select used_at is not null as used, expires_at <= now() as expired from password_resets where token_hash = $1',
      [digestToken(token)],
    );
    if (!row) return 'invalid';
    return row.used ? 'used' : row.expired ? 'expired' : 'valid';
  }

  /** Sets the new password through a link, once; every session of the user ends (whoever had the old password is out). */
  async reset(token: string, password: string): Promise<boolean> {
    checkNewPassword(password);
    // Checked before the link is spent, so a refused password leaves the link usable.
    const hash = await hashSecret(password);
    const userId = await this.db.transaction(async (tx) => {
      const [claimed] = await tx.query<{ user_id: string }[]>(
        `with claimed as (
           update password_resets set used_at = now()
            where token_hash = $1 and used_at is null and expires_at > now()
            returning user_id)
         select user_id from claimed`,
        [digestToken(token ?? '')],
      );
      if (!claimed) return undefined;
      await tx.query('update users set password_hash = $2 where id = $1', [claimed.user_id, hash]);
      await tx.query('delete from password_resets where user_id = $1 and used_at is null', [claimed.user_id]);
      return claimed.user_id;
    });
    if (!userId) {
      const state = await this.state(token);
      throw linkProblem(state === 'valid' ? 'invalid' : state);
    }
    await this.sessions.revokeAllOf(userId);
    // Someone locked out by wrong passwords can sign in with the new one at once.
    await this.db.query(
      `delete from auth_failures where key = (select 'login:email:' || email from users where id = $1)`,
      [userId],
    );
    return true;
  }
}

/** The rules every new password meets (reset or change), answered on the `password` field. */
export function checkNewPassword(password: string): void {
  if (typeof password !== 'string' || password.length < PASSWORD_MIN_LENGTH) {
    throw badInput(`The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`, { field: 'password', problem: 'tooShort' });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(`The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`, { field: 'password', problem: 'tooLong' });
  }
}
