// The "sites" block of the trainer and manager homes: loads the sites and shows them, or says there are none.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { SitesQuery } from '../api/sites.queries';
import { QueryStates } from '../../../ui/QueryStates';
import { SiteList } from './SiteList';

export function SitesSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useGraphQLQuery(SitesQuery, {}, { offline: true });
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <div className="home-section__heading">
        <h2 id={headingId}>{t('home.sites.heading')}</h2>
        {query.data && (
          <p className="home-section__count">{t('home.sites.count', { count: query.data.sites.length })}</p>
        )}
      </div>
      <QueryStates query={query}>
        {({ sites }) =>
          sites.length === 0 ? (
            <EmptyState title={t('home.sites.emptyTitle')}>
              <p>{t('home.sites.emptyBody')}</p>
            </EmptyState>
          ) : (
            <SiteList sites={sites} />
          )
        }
      </QueryStates>
    </section>
  );
}
