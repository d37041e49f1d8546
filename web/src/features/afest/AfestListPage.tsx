// Route /afest (staff): the organisation's on-the-job trainings with their state and hours, and (trainers, admins) the
// form that starts one from a worker's positioning.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { EmptyState } from '../../ui/EmptyState';
import { QueryStates } from '../../ui/QueryStates';
import { AfestCreateForm } from './AfestCreateForm';
import { AfestListQuery } from './afest.queries';
import './afest.css';

export function AfestListPage({ canWrite }: { canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const num = (n: number) => n.toLocaleString(i18n.language);
  const query = useGraphQLQuery(AfestListQuery, {});
  return (
    <div className="afest-page">
      <h1>{t('afest.title')}</h1>
      <p className="afest-page__intro">{t('afest.intro')}</p>
      <QueryStates query={query}>
        {(data) => (
          <>
            <section aria-labelledby="afest-list-title" className="afest-section">
              <h2 id="afest-list-title">{t('afest.listTitle')}</h2>
              {data.afests.length === 0 ? (
                <EmptyState title={t('afest.emptyTitle')}>
                  <p>{t('afest.emptyBody')}</p>
                </EmptyState>
              ) : (
                <ul className="afest-list">
                  {data.afests.map((a) => (
                    <li key={a.id} className="afest-card">
                      <Link className="afest-card__link" to={`/afest/${a.id}`}>
                        {a.title}
                      </Link>
                      <p>{t('afest.leadBy', { worker: a.workerName, trainer: a.trainerName })}</p>
                      <p>
                        <span className={a.lockedAt ? 'afest-badge afest-badge--locked' : 'afest-badge'}>{a.lockedAt ? t('afest.locked') : t('afest.inProgress')}</span>{' '}
                        {t('afest.hours', { planned: num(a.hours.plannedHours), realised: num(a.hours.realisedHours) })}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {canWrite && <AfestCreateForm workers={data.workers} />}
          </>
        )}
      </QueryStates>
    </div>
  );
}
