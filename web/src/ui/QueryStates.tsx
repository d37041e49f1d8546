// Shared rendering of a read's loading and error states, including "offline, showing the saved copy". It knows no data
// layer: whoever fetches hands it this view (see graphql/useGraphQLQuery).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { useOnlineStatus } from './useOnlineStatus';

/** Why a read failed, as the person needs to know it. */
export type QueryFailure = 'offline' | 'forbidden' | 'unexpected';

export interface QueryView<T> {
  status: 'loading' | 'success' | 'error';
  /** The answer to show: fresh, the previous one while new variables load, or the saved copy after a failure. */
  data?: T;
  /** Set when `status` is `error`. */
  failure?: QueryFailure;
  retry: () => void;
}

export interface QueryStatesProps<T> {
  query: QueryView<T>;
  children: (data: T) => ReactNode;
}

export function QueryStates<T>({ query, children }: QueryStatesProps<T>) {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  if (query.data !== undefined) {
    return (
      <>
        {/* Offline, the one offline notice at the top already says so; this is for a server out of reach. */}
        {query.status === 'error' && query.failure === 'offline' && online && (
          <p className="saved-copy-note">{t('errors.savedCopy')}</p>
        )}
        {children(query.data)}
      </>
    );
  }
  if (query.status === 'loading') return <LoadingState label={t('app.loading')} />;
  if (query.status === 'error') {
    const message =
      query.failure === 'offline'
        ? t('errors.offline')
        : query.failure === 'forbidden'
          ? t('errors.forbidden')
          : t('errors.unexpected');
    return (
      <ErrorState title={t('errors.title')} message={message} retryLabel={t('app.retry')} onRetry={query.retry} />
    );
  }
  return null;
}
