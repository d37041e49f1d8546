// Staff screen "Workers and teams": add workers, set or reset their tablet PIN, build teams.
import type { Role } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { AddWorkerForm } from './AddWorkerForm';
import { WorkersQuery } from '../api/crew.queries';
import { TeamsSection } from './TeamsSection';
import { WorkerRow } from './WorkerRow';
import './crew.css';
import '../../../ui/staff-page.css';

export interface WorkersPageProps {
  role: Role;
}

export function WorkersPage({ role }: WorkersPageProps) {
  const { t } = useTranslation();
  const workers = useGraphQLQuery(WorkersQuery, { siteId: null });
  return (
    <div className="staff-page">
      <p className="staff-back">
        <Link to={`/${role}`}>{t('crew.backHome')}</Link>
      </p>
      <h1>{t('crew.workers.title')}</h1>
      <p className="staff-lead">
        {t('crew.workers.intro')} <Link to="/badges">{t('crew.badges.open')}</Link>
      </p>
      <section className="staff-section" aria-labelledby="add-heading">
        <h2 id="add-heading">{t('crew.workers.addHeading')}</h2>
        <AddWorkerForm onAdded={workers.retry} />
      </section>
      <section className="staff-section" aria-labelledby="workers-heading">
        <h2 id="workers-heading">{t('crew.workers.listHeading', { count: workers.data?.workers.length ?? 0 })}</h2>
        {!workers.data && workers.status === 'loading' && <LoadingState label={t('app.loading')} />}
        {!workers.data && workers.status === 'error' && (
          <ErrorState title={t('errors.title')} message={t('errors.unexpected')} retryLabel={t('app.retry')} onRetry={workers.retry} />
        )}
        {workers.data && (
          <ul className="crew-rows">
            {workers.data.workers.map((worker) => (
              <WorkerRow key={worker.id} worker={worker} onChanged={workers.retry} />
            ))}
          </ul>
        )}
      </section>
      {workers.data && <TeamsSection workers={workers.data.workers} />}
    </div>
  );
}
