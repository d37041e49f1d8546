// Notifications for the members of one organisation; a user sees only their own, in their active organisation.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { NotificationEntity } from './notification.entity.js';

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One row per manager of the organisation, so each can mark it read on their own. */
  async notifyManagers(organisationId: string, kind: string, message: string): Promise<void> {
    await this.db.query(
      `insert into notifications (user_id, organisation_id, kind, message)
       select user_id, organisation_id, $2, $3 from memberships where organisation_id = $1 and role = 'manager'`,
      [organisationId, kind, message],
    );
  }

  mine(viewer: Viewer): Promise<NotificationEntity[]> {
    return this.db.getRepository(NotificationEntity).find({
      where: { userId: viewer.userId, organisationId: viewer.organisationId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }
}
