// Invitations by email link: create (token shown once, stored hashed, 7 days) and accept (create or link the account).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { normaliseEmail } from '@fit/shared';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { badInput, DomainError, forbidden, notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { IdentityService } from '../identity/identity.service.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import { hashSecret, verifySecret } from '../identity/passwords.js';
import { digestToken, newOpaqueToken } from '../identity/secret-tokens.js';
import { UserEntity } from '../identity/user.entity.js';
import type { LoginPayload } from '../identity/models/login-payload.model.js';
import { InvitationEntity, type InvitableRole } from './invitation.entity.js';
import { newBadgeCode } from '../../common/badge-code.js';
import { InvitationMailer } from './invitation-mailer.js';
import { OrganisationsService } from './organisations.service.js';
import type { AcceptInvitationInput } from './dto/accept-invitation.input.js';
import type { CreateInvitationInput } from './dto/create-invitation.input.js';
import type { Invitation } from './models/invitation.model.js';
import type { InvitationPreview, InvitationStatus } from './models/invitation-preview.model.js';
import { isUuid } from '../../common/ids.js';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

@Injectable()
export class InvitationsService {
  private readonly log = new Logger(InvitationsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly identity: IdentityService,
    private readonly mailer: InvitationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(viewer: Viewer, input: CreateInvitationInput): Promise<Invitation> {
    const organisation = await this.organisations.managedOrFail(viewer, input.organisationId);
    if (viewer.role === 'manager' && organisation.id !== viewer.organisationId) throw notFound('This organisation');
    if (viewer.role !== 'admin' && viewer.role !== 'manager') throw forbidden();
    return this.issue(viewer, organisation, input.email, input.role, null);
  }

  /**
   * Staff added a worker whose e-mail already has a FIT account: that person is asked, not linked. They join the
   * organisation as a worker only by accepting with their own password.
   */
  async inviteExistingAccountAsWorker(viewer: Viewer, email: string, trade: string): Promise<Invitation> {
    const organisation = await this.organisations.managedOrFail(viewer, viewer.organisationId);
    return this.issue(viewer, organisation, email, 'worker', trade);
  }

  private async issue(
    viewer: Viewer,
    organisation: { id: string; name: string },
    email: string,
    role: InvitableRole,
    trade: string | null,
  ): Promise<Invitation> {
    const token = newOpaqueToken();
    const invitation = await this.db.getRepository(InvitationEntity).save({
      organisationId: organisation.id,
      email: normaliseEmail(email),
      role,
      trade,
      tokenHash: digestToken(token),
      invitedByUserId: viewer.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      acceptedAt: null,
    });
    const link = `${this.config.publicUrl}/invite/${token}`;
    let delivery = this.mailer.channel;
    try {
      await this.mailer.send({
        to: invitation.email,
        organisationName: organisation.name,
        role: invitation.role,
        link,
        expiresAt: invitation.expiresAt,
      });
    } catch (error) {
      // The invitation stands: the inviter is told the email did not leave and passes the link on themself.
      this.log.warn(`Invitation email to ${invitation.email} failed: ${error instanceof Error ? error.message : String(error)}`);
      delivery = 'link';
    }
    return { ...toModel(invitation), link, delivery };
  }

  async list(viewer: Viewer, organisationId: string): Promise<Invitation[]> {
    const organisation = await this.organisations.managedOrFail(viewer, organisationId);
    const rows = await this.db
      .getRepository(InvitationEntity)
      .find({ where: { organisationId: organisation.id }, order: { createdAt: 'DESC' } });
    return rows.map(toModel);
  }

  /** What the invitee's page shows before they answer; the token itself is the secret, so no sign-in is needed. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.db.getRepository(InvitationEntity).findOne({
      where: { tokenHash: digestToken(token) },
      relations: { organisation: true },
    });
    if (!invitation) throw notFound('This invitation link');
    const status: InvitationStatus = invitation.acceptedAt
      ? 'accepted'
      : invitation.expiresAt.getTime() < Date.now()
        ? 'expired'
        : 'pending';
    const accountExists = await this.db.getRepository(UserEntity).existsBy({ email: invitation.email });
    return {
      organisationName: invitation.organisation?.name ?? '',
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      status,
      accountExists,
    };
  }

  /** Withdraws a pending invitation: its link then answers "not found". An accepted one is a membership now. */
  async revoke(viewer: Viewer, id: string): Promise<boolean> {
    const invitations = this.db.getRepository(InvitationEntity);
    const invitation = isUuid(id) ? await invitations.findOneBy({ id }) : null;
    // Another organisation's invitation answers exactly as a missing one: ids reveal nothing.
    const mayManage = invitation && (await this.organisations.managedOrFail(viewer, invitation.organisationId).then(() => true, () => false));
    if (!invitation || !mayManage) throw notFound('This invitation');
    if (invitation.acceptedAt) throw new DomainError('CONFLICT', 'This invitation was already accepted.');
    await invitations.delete({ id: invitation.id, acceptedAt: IsNull() });
    return true;
  }

  async accept(input: AcceptInvitationInput): Promise<LoginPayload> {
    const invitations = this.db.getRepository(InvitationEntity);
    const invitation = await invitations.findOneBy({ tokenHash: digestToken(input.token) });
    if (!invitation) throw notFound('This invitation link');
    if (invitation.acceptedAt) {
      throw new DomainError('CONFLICT', 'This invitation was already used. Sign in with your email and password.');
    }
    if (invitation.expiresAt.getTime() < Date.now()) {
      throw badInput('This invitation has expired. Ask the person who invited you for a new link.', { reason: 'EXPIRED' });
    }
    const userId = await this.db.transaction(async (tx) => {
      // Claim first, so two simultaneous acceptances cannot both succeed.
      const claimed = await tx.query<unknown[]>(
        'with c as (update invitations set accepted_at = now() where id = $1 and accepted_at is null returning id) select id from c',
        [invitation.id],
      );
      if (claimed.length === 0) throw new DomainError('CONFLICT', 'This invitation was already used. Sign in with your email and password.');
      let user = await tx.findOneBy(UserEntity, { email: invitation.email });
      if (user) {
        if (!(await verifySecret(user.passwordHash, input.password))) {
          throw new DomainError(
            'INVALID_CREDENTIALS',
            'This email already has a FIT account: enter its password to add this organisation to it.',
          );
        }
      } else {
        const displayName = input.displayName?.trim() ?? '';
        if (displayName.length < 2) throw badInput('Enter your name (at least 2 characters).', { field: 'displayName' });
        user = await tx.save(
          tx.create(UserEntity, {
            email: invitation.email,
            displayName,
            passwordHash: await hashSecret(input.password),
          }),
        );
      }
      const existing = await tx.findOneBy(MembershipEntity, { userId: user.id, organisationId: invitation.organisationId });
      if (!existing) {
        await tx.save(
          tx.create(MembershipEntity, {
            userId: user.id,
            organisationId: invitation.organisationId,
            role: invitation.role,
            ...(invitation.role === 'worker' ? { trade: invitation.trade, badgeCode: newBadgeCode() } : {}),
          }),
        );
      }
      return user.id;
    });
    return this.identity.startSession(userId, invitation.organisationId, 'web');
  }
}

function toModel(entity: InvitationEntity): Invitation {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    email: entity.email,
    role: entity.role,
    expiresAt: entity.expiresAt,
    acceptedAt: entity.acceptedAt,
    link: null,
    delivery: null,
  };
}
