// The page frame every route shares: header for the current person, offline banner, main content.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OfflineBanner } from '../ui/OfflineBanner';
import { PageLayout } from '../ui/PageLayout';
import { AppHeaderBar, type AppHeaderBarProps } from './AppHeaderBar';
import { useOnlineStatus } from '../ui/useOnlineStatus';

export interface ShellProps extends AppHeaderBarProps {
  /** Shown under the header, e.g. the tablet's inactivity countdown. */
  notice?: ReactNode;
  /** The notice says "offline" itself (a worker's sync status): no second banner saying the same. */
  noticeSaysOffline?: boolean;
  children: ReactNode;
}

export function Shell({ notice, noticeSaysOffline = false, children, ...header }: ShellProps) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  return (
    <PageLayout
      skipLabel={t('app.skipToContent')}
      header={<AppHeaderBar {...header} />}
      banner={
        <>
          {notice}
          {!online && !noticeSaysOffline && <OfflineBanner message={t('app.offline')} />}
        </>
      }
    >
      {children}
    </PageLayout>
  );
}
