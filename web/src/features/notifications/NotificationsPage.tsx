// The inbox: PIN lock-outs, overdue training and other messages for the signed-in person, newest first.
import type { Role } from '@fit/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyNotificationsQuery as MyNotificationsResult } from '../../graphql/generated/graphql';
import { useMutation } from '../../graphql/useMutation';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { MarkNotificationsReadMutation, MyNotificationsQuery } from './notifications.queries';
import { announceNotificationsChanged } from './notificationsChanged';
import './notifications.css';
import { BackLink } from '../../ui/BackLink';

type Note = MyNotificationsResult['myNotifications'][number];

const KNOWN_KINDS = ['worker_locked_out', 'assignment_overdue', 'team_overdue', 'renewal_assigned'] as const;
type Kind = (typeof KNOWN_KINDS)[number] | 'other';

export interface NotificationsPageProps {
  role: Role;
}

export function NotificationsPage({ role }: NotificationsPageProps) {
  const { t } = useTranslation();
  const notifications = useGraphQLQuery(MyNotificationsQuery, {});
  const mark = useMutation(MarkNotificationsReadMutation, { invalidates: [MyNotificationsQuery] });
  const [pendingId, setPendingId] = useState<string | null>(null);
  const list = notifications.data?.myNotifications ?? [];
  const unread = list.filter((n) => !n.readAt);

  const handleMark = async (ids: string[], single: string | null) => {
    setPendingId(single);
    const done = await mark.run({ ids });
    setPendingId(null);
    if (done) announceNotificationsChanged();
  };

  return (
    <div className="inbox">
      <BackLink to={`/${role}`}>{t('notifications.backHome')}</BackLink>
      <div className="inbox__head">
        <h1>{t('notifications.title')}</h1>
        {unread.length > 0 && (
          <Button
            variant="secondary"
            pending={mark.pending && pendingId === null}
            onClick={() => void handleMark(unread.map((n) => n.id), null)}
          >
            {t('notifications.markAll', { count: unread.length })}
          </Button>
        )}
      </div>
      <p className="inbox__lead">
        {unread.length > 0 ? t('notifications.unreadCount', { count: unread.length }) : t('notifications.allRead')}
      </p>
      {mark.error && (
        <p className="inbox__error" role="alert">
          {mark.error === 'offline' ? t('errors.offline') : t('errors.unexpected')}
        </p>
      )}
      {!notifications.data && notifications.status === 'loading' && <LoadingState label={t('app.loading')} />}
      {!notifications.data && notifications.status === 'error' && (
        <ErrorState title={t('errors.title')} message={t('errors.unexpected')} retryLabel={t('app.retry')} onRetry={notifications.retry} />
      )}
      {notifications.data && list.length === 0 && (
        <EmptyState title={t('notifications.empty')}>{t('notifications.emptyHint')}</EmptyState>
      )}
      {list.length > 0 && (
        <ul className="inbox__list">
          {list.map((note) => (
            <NotificationItem
              key={note.id}
              note={note}
              pending={mark.pending && pendingId === note.id}
              onMark={() => void handleMark([note.id], note.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function NotificationItem({ note, pending, onMark }: { note: Note; pending: boolean; onMark: () => void }) {
  const { t, i18n } = useTranslation();
  const kind: Kind = (KNOWN_KINDS as readonly string[]).includes(note.kind) ? (note.kind as Kind) : 'other';
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(note.createdAt as string),
  );
  return (
    <li className={`inbox__item inbox__item--${note.readAt ? 'read' : 'unread'} inbox__item--${kind}`}>
      <div className="inbox__body">
        <p className="inbox__kind">
          {!note.readAt && <span className="inbox__new">{t('notifications.new')}</span>}
          {t(`notifications.kinds.${kind}`)}
        </p>
        <p className="inbox__message">{note.message}</p>
        <p className="inbox__time">
          <time dateTime={note.createdAt as string}>{when}</time>
        </p>
      </div>
      {!note.readAt && (
        <Button variant="secondary" pending={pending} onClick={onMark}>
          {t('notifications.markRead')}
        </Button>
      )}
    </li>
  );
}
