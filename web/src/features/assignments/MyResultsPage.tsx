// Route /my-results (workers): every attempt at a module, newest first, with the version it was made on, the outcome
// and the score, so a worker can see where they stand without asking the trainer.
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../graphql/useQuery';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { MyAttemptsQuery } from './assignments.queries';
import { AttemptsTable } from './AttemptsTable';
import './assignments.css';
import './worker-panel.css';
import { BackLink } from '../../ui/BackLink';

export function MyResultsPage() {
  const { t } = useTranslation();
  const query = useQuery(MyAttemptsQuery, {});
  return (
    <div className="my-results">
      <BackLink to="/">{t('passport.backHome')}</BackLink>
      <h1>{t('results.title')}</h1>
      <p className="day-intro__text">{t('results.intro')}</p>
      <QueryStates query={query}>
        {(data) =>
          data.myAttempts.length === 0 ? (
            <EmptyState title={t('results.emptyTitle')}>
              <p>{t('results.emptyBody')}</p>
            </EmptyState>
          ) : (
            <AttemptsTable attempts={data.myAttempts} />
          )
        }
      </QueryStates>
    </div>
  );
}
