// Shared rendering of a query's loading and error states, including "offline, showing the saved copy".
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, isOfflineError } from '../graphql/client';
import type { QueryHandle } from '../graphql/useQuery';
import { useOnlineStatus } from '../app/useOnlineStatus';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

export interface QueryStatesProps<T> {
  query: QueryHandle<T>;
  children: (data: T) => ReactNode;
}

export function QueryStates<T>({ query, children }: QueryStatesProps<T>) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  if (query.data !== undefined) {
    return (
      <>
        {/* Offline, the one offline notice at the top already says so; this is for a server out of reach. */}
        {query.status === 'error' && isOfflineError(query.error) && online && (
          <p className="saved-copy-note">{t('errors.savedCopy')}</p>
        )}
        {children(query.data)}
      </>
    );
  }
  if (query.status === 'loading') return <LoadingState label={t('app.loading')} />;
  if (query.status === 'error') {
    const message = isOfflineError(query.error)
      ? t('errors.offline')
      : errorCode(query.error) === 'FORBIDDEN'
        ? t('errors.forbidden')
        : t('errors.unexpected');
    return (
      <ErrorState
        title={t('errors.title')}
        message={message}
        retryLabel={t('app.retry')}
        onRetry={query.retry}
      />
    );
  }
  return null;
}
