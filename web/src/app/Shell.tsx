// The page frame every route shares: header for the current person, offline banner, main content.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../graphql/session-user';
import { OfflineBanner } from '../ui/OfflineBanner';
import { PageLayout } from '../ui/PageLayout';
import { AppHeaderBar } from './AppHeaderBar';
import { useOnlineStatus } from './useOnlineStatus';

export interface ShellProps {
  user?: SessionUser;
  onSignOut?: () => void;
  children: ReactNode;
}

export function Shell({ user, onSignOut, children }: ShellProps) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <PageLayout
      skipLabel={t('app.skipToContent')}
      header={<AppHeaderBar user={user} onSignOut={onSignOut} />}
      banner={online ? undefined : <OfflineBanner message={t('app.offline')} />}
    >
      {children}
    </PageLayout>
  );
}
