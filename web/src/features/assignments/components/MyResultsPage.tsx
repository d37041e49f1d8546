// Route /my-results (workers): every attempt at a module, newest first, with the version it was made on, the outcome
// and the score, so a worker can see where they stand without asking the trainer. Offline it shows the saved copy and
// the results finished on this tablet that wait to be sent, never an error.
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../graphql/session-user';
import type { MyAttemptsQuery as MyAttemptsQueryResult } from '../../../graphql/generated/graphql';
import { useQueryClient } from '@tanstack/react-query';
import { graphqlQueryOptions } from '../../../graphql/query-client';
import { useGraphQLQuery, type QueryHandle } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { BackLink } from '../../../ui/BackLink';
import { MyAttemptsQuery, MyDayQuery } from '../api/assignments.queries';
import { AttemptsTable } from './AttemptsTable';
import { localAttempts } from '../localAttempts';
import { useLocalOutcomes } from '../hooks/useLocalOutcomes';
import './assignments.css';
import './worker-panel.css';

export function MyResultsPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useGraphQLQuery(MyAttemptsQuery, {}, { offline: true });
  const outcomes = useLocalOutcomes(user.id);
  const local = localAttempts(outcomes, queryClient.getQueryData(graphqlQueryOptions(MyDayQuery, {}).queryKey), query.data?.myAttempts ?? []);
  // Never loaded online yet, but finished here: the local results are the page.
  const handle: QueryHandle<MyAttemptsQueryResult> =
    query.data === undefined && local.length > 0 ? { status: 'success', data: { myAttempts: [] }, retry: query.retry } : query;
  return (
    <div className="my-results">
      <BackLink to="/">{t('passport.backHome')}</BackLink>
      <h1>{t('results.title')}</h1>
      <p className="day-intro__text">{t('results.intro')}</p>
      {local.length > 0 && <p className="day-card__note">{t('results.savedHere', { count: local.length })}</p>}
      <QueryStates query={handle}>
        {(data) =>
          data.myAttempts.length + local.length === 0 ? (
            <EmptyState title={t('results.emptyTitle')}>
              <p>{t('results.emptyBody')}</p>
            </EmptyState>
          ) : (
            <AttemptsTable attempts={[...local, ...data.myAttempts]} />
          )
        }
      </QueryStates>
    </div>
  );
}
