// Workers of the viewer's organisation: add, list, remove, PINs and badges. Never another organisation's.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isValidPin, normaliseEmail, PIN_LENGTH } from '@fit/shared';
import { badInput, DomainError, notFound } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { isUuid } from '../../common/ids.js';
import { MembershipEntity } from '../identity/membership.entity.js';
import { hashPin } from '../identity/passwords.js';
import { UserEntity } from '../identity/user.entity.js';
import { SitesService } from '../sites/sites.service.js';
import { InvitationsService } from '../organisations/invitations.service.js';
import type { Invitation } from '../organisations/models/invitation.model.js';
import { newBadgeCode } from '../../common/badge-code.js';
import type { AddWorkerInput } from './dto/add-worker.input.js';
import type { Badge } from './models/badge.model.js';
import type { Worker } from './models/worker.model.js';

export const BADGE_PREFIX = 'fit:badge:';

interface WorkerRow {
  id: string;
  display_name: string;
  language: string;
  trade: string | null;
  email: string | null;
  has_pin: boolean;
  badge_code: string | null;
}

export { newBadgeCode };

@Injectable()
export class WorkersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sites: SitesService,
    private readonly invitations: InvitationsService,
  ) {}

  /**
   * A new person becomes a worker at once. An e-mail that already has a FIT account is someone else's account: that
   * person gets an invitation, and nothing links until they accept it with their own password.
   */
  async add(viewer: Viewer, input: AddWorkerInput): Promise<{ worker: Worker | null; invitation: Invitation | null }> {
    const organisationId = viewer.organisationId;
    const email = input.email ? normaliseEmail(input.email) : null;
    const existing = email ? await this.db.getRepository(UserEntity).findOneBy({ email }) : null;
    if (existing) {
      if (await this.db.getRepository(MembershipEntity).existsBy({ userId: existing.id, organisationId })) {
        throw new DomainError('CONFLICT', 'This person is already a member of your organisation.');
      }
      return { worker: null, invitation: await this.invitations.inviteExistingAccountAsWorker(viewer, email!, input.trade.trim()) };
    }
    const userId = await this.db.transaction(async (tx) => {
      const user = await tx.save(
        tx.create(UserEntity, { email, displayName: input.displayName.trim(), language: input.language, passwordHash: null }),
      );
      await tx.save(
        tx.create(MembershipEntity, {
          userId: user.id,
          organisationId,
          role: 'worker',
          trade: input.trade.trim(),
          badgeCode: newBadgeCode(),
        }),
      );
      return user.id;
    });
    return { worker: await this.oneOrFail(viewer, userId), invitation: null };
  }

  /** Workers of the organisation, or of one site's crew. */
  async list(viewer: Viewer, siteId?: string | null): Promise<Worker[]> {
    if (siteId) {
      await this.sites.ownedOrFail(viewer, siteId);
      return (
        await this.rows(
          this.db.manager,
          viewer.organisationId,
          'and exists (select 1 from site_members sm where sm.user_id = m.user_id and sm.site_id = $2)',
          [siteId],
        )
      ).map(toWorker);
    }
    return (await this.rows(this.db.manager, viewer.organisationId)).map(toWorker);
  }

  async remove(viewer: Viewer, workerId: string): Promise<boolean> {
    await this.oneOrFail(viewer, workerId);
    await this.db.transaction(async (tx) => {
      const params = [workerId, viewer.organisationId];
      await tx.query('delete from team_members where user_id = $1 and team_id in (select id from teams where organisation_id = $2)', params);
      await tx.query('delete from site_members where user_id = $1 and site_id in (select id from sites where organisation_id = $2)', params);
      await tx.query(`delete from memberships where user_id = $1 and organisation_id = $2 and role = 'worker'`, params);
      // Their open assignments close (kept for history); their learning record stays theirs.
      await tx.query(
        `update assignments set state = 'closed', closed_reason = 'left_organisation', closed_at = now()
          where worker_id = $1 and organisation_id = $2 and state = 'open'`,
        params,
      );
    });
    return true;
  }

  async setPin(viewer: Viewer, workerId: string, pin: string): Promise<Worker> {
    if (!isValidPin(pin)) throw badInput(`The PIN must be exactly ${PIN_LENGTH} digits.`);
    await this.oneOrFail(viewer, workerId);
    await this.db.getRepository(MembershipEntity).update(
      { userId: workerId, organisationId: viewer.organisationId, role: 'worker' },
      { pinHash: await hashPin(pin) },
    );
    // A new PIN also lifts a lock-out on this organisation's tablets.
    await this.db.query(
      `delete from auth_failures where key in (select 'pin:' || t.id || ':' || $1 from tablets t where t.organisation_id = $2)`,
      [workerId, viewer.organisationId],
    );
    return this.oneOrFail(viewer, workerId);
  }

  /** Issues a new badge code; the old printed badge stops working (a lost badge). */
  async regenerateBadge(viewer: Viewer, workerId: string): Promise<Badge> {
    await this.oneOrFail(viewer, workerId);
    await this.db
      .getRepository(MembershipEntity)
      .update({ userId: workerId, organisationId: viewer.organisationId, role: 'worker' }, { badgeCode: newBadgeCode() });
    const row = (await this.rows(this.db.manager, viewer.organisationId, 'and m.user_id = $2', [workerId]))[0]!;
    return toBadge(row);
  }

  async badgeSheet(viewer: Viewer, siteId?: string | null): Promise<Badge[]> {
    if (siteId) await this.sites.ownedOrFail(viewer, siteId);
    const rows = siteId
      ? await this.rows(
          this.db.manager,
          viewer.organisationId,
          'and exists (select 1 from site_members sm where sm.user_id = m.user_id and sm.site_id = $2)',
          [siteId],
        )
      : await this.rows(this.db.manager, viewer.organisationId);
    return rows.filter((r) => r.badge_code).map(toBadge);
  }

  async oneOrFail(viewer: Pick<Viewer, 'organisationId'>, workerId: string): Promise<Worker> {
    if (!isUuid(workerId)) throw notFound('This worker');
    const row = (await this.rows(this.db.manager, viewer.organisationId, 'and m.user_id = $2', [workerId]))[0];
    if (!row) throw notFound('This worker');
    return toWorker(row);
  }

  /** Checks that every id is a worker of the organisation; NOT_FOUND otherwise, without naming which. */
  async assertAllWorkers(manager: EntityManager, organisationId: string, workerIds: string[]): Promise<string[]> {
    const unique = [...new Set(workerIds)];
    if (!unique.every(isUuid)) throw notFound('One of these workers');
    const found = await manager.query<{ user_id: string }[]>(
      `select user_id from memberships where organisation_id = $1 and role = 'worker' and user_id = any($2::uuid[])`,
      [organisationId, unique],
    );
    if (found.length !== unique.length) throw notFound('One of these workers');
    return unique;
  }

  /** Worker rows of one organisation; `extra` is more SQL on `m` with parameters from $2. */
  async rows(manager: EntityManager, organisationId: string, extra = '', params: unknown[] = []): Promise<WorkerRow[]> {
    return manager.query<WorkerRow[]>(
      `select u.id, u.display_name, u.language, m.trade, u.email, (m.pin_hash is not null) as has_pin, m.badge_code
         from memberships m join users u on u.id = m.user_id
        where m.organisation_id = $1 and m.role = 'worker' ${extra}
        order by u.display_name, u.id`,
      [organisationId, ...params],
    );
  }
}

export function toWorker(row: WorkerRow): Worker {
  return {
    id: row.id,
    displayName: row.display_name,
    language: row.language,
    trade: row.trade,
    email: row.email,
    hasPin: row.has_pin,
  };
}

function toBadge(row: WorkerRow): Badge {
  return { workerId: row.id, displayName: row.display_name, trade: row.trade, qrPayload: `${BADGE_PREFIX}${row.badge_code}` };
}
