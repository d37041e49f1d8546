// Notifications for the members of one organisation; a user sees only their own, in their active organisation.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../common/auth/viewer.js';
import { notFound } from '../../common/errors/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { NotificationEntity } from './notification.entity.js';
import { queryChanged, queryRows } from '../../common/sql.js';

export interface LocalisedMessage {
  fr: string;
  en: string;
}

@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * One row per manager of the organisation, so each can mark it read on their own; written in each manager's
   * language (French for French speakers, English otherwise) when the message comes in both.
   */
  async notifyManagers(organisationId: string, kind: string, message: string | LocalisedMessage): Promise<void> {
    const { fr, en } = typeof message === 'string' ? { fr: message, en: message } : message;
    await this.db.query(
      `insert into notifications (user_id, organisation_id, kind, message)
       select m.user_id, m.organisation_id, $2, case when u.language = 'fr' then $3 else $4 end
         from memberships m join users u on u.id = m.user_id
        where m.organisation_id = $1 and m.role = 'manager'`,
      [organisationId, kind, fr, en],
    );
  }

  mine(viewer: Viewer): Promise<NotificationEntity[]> {
    return this.db.getRepository(NotificationEntity).find({
      where: { userId: viewer.userId, organisationId: viewer.organisationId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  /**
   * Marks the viewer's own notifications read (already-read ones keep their first time). An id that is not one of
   * theirs in the active organisation is NOT_FOUND and nothing changes, so ids of others reveal nothing.
   */
  async markRead(viewer: Viewer, ids: string[]): Promise<number> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return 0;
    if (!unique.every(isUuid)) throw notFound('This notification');
    return this.db.transaction(async (tx) => {
      const owned = await queryRows<{ id: string }>(
        tx,
        'select id from notifications where id = any($1::uuid[]) and user_id = $2 and organisation_id = $3',
        [unique, viewer.userId, viewer.organisationId],
      );
      if (owned.length !== unique.length) throw notFound('This notification');
      const updated = await queryChanged(tx, 'update notifications set read_at = now() where id = any($1::uuid[]) and read_at is null', [unique]);
      return updated.count;
    });
  }
}
