// Route /network-figures (a network body's admins and facilitators): aggregates across the companies sharing with
// it, as charts with their tables and a CSV. Counts below 5 arrive hidden and read "< 5"; no person appears.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { BackLink } from '../../ui/BackLink';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingState } from '../../ui/LoadingState';
import { QueryStates } from '../../ui/QueryStates';
import { FiguresCsvButton } from './FiguresCsvButton';
import { NetworkFiguresQuery } from './figures.queries';
import './figures.css';

const FiguresCharts = lazy(() => import('./FiguresCharts'));
/** Six months fit a tablet's width with their labels. */
const MONTHS = 6;

export function NetworkFiguresPage() {
  const { t } = useTranslation();
  const query = useGraphQLQuery(NetworkFiguresQuery, { months: MONTHS });
  return (
    <div className="figures-page">
      <BackLink to="/">{t('figures.back')}</BackLink>
      <h1>{t('figures.title')}</h1>
      <p>{t('figures.lead')}</p>
      <QueryStates query={query}>
        {({ networkFigures: f }) =>
          f.sharingCompanies === 0 ? (
            <EmptyState title={t('figures.noSharing')} />
          ) : (
            <>
              <p className="figures-summary">{t('figures.sharing', { count: f.sharingCompanies })}</p>
              <FiguresCsvButton months={MONTHS} />
              <Suspense fallback={<LoadingState label={t('figures.loading')} />}>
                <FiguresCharts
                  workersTrained={f.workersTrained}
                  trainingHours={f.trainingHours}
                  awardsByScheme={f.awardsByScheme}
                  expiringByScheme={f.expiringByScheme}
                  awardsByEqfLevel={f.awardsByEqfLevel}
                  ulosAwarded={f.ulosAwarded}
                  clauseHoursByTerritory={f.clauseHoursByTerritory}
                  clauseTargets={f.clauseTargets}
                />
              </Suspense>
            </>
          )
        }
      </QueryStates>
    </div>
  );
}
