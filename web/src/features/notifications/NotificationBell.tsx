// The header's bell: a link to the inbox with the number of unread notifications, checked every minute.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { MyNotificationsQuery } from './notifications.queries';
import { onNotificationsChanged } from './notificationsChanged';
import './notifications.css';

const POLL_MS = 60_000;

export function NotificationBell() {
  const { t } = useTranslation();
  const notifications = useGraphQLQuery(MyNotificationsQuery, {});
  const { retry } = notifications;
  useEffect(() => {
    const timer = window.setInterval(retry, POLL_MS);
    const stop = onNotificationsChanged(retry);
    return () => {
      window.clearInterval(timer);
      stop();
    };
  }, [retry]);
  // Tolerates an answer without the list (an older server, a test double): no count rather than a broken header.
  const unread = notifications.data?.myNotifications?.filter((n) => !n.readAt).length ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Link to="/notifications" className="notification-bell" aria-label={label} data-testid="notification-bell">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="notification-bell__icon">
        <path
          d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6Zm-2.5 15a2.5 2.5 0 0 0 5 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinejoin="round"
        />
      </svg>
      <span className="notification-bell__text">{t('notifications.bell')}</span>
      {unread > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
