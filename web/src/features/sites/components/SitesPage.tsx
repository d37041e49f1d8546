// The organisation's sites, active or closed: each with its client, dates and status; managers create new ones here.
import type { Role } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { SiteFieldsFragment } from '../../../graphql/generated/graphql';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { BackLink } from '../../../ui/BackLink';
import { EmptyState } from '../../../ui/EmptyState';
import { QueryStates } from '../../../ui/QueryStates';
import { formatSiteDay } from '../formatDay';
import { SiteListQuery } from '../api/sites.queries';
import './sites.css';

const FILTERS = ['active', 'closed', 'all'] as const;
type Filter = (typeof FILTERS)[number];

export function SitesPage({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filter: Filter = FILTERS.find((f) => f === params.get('status')) ?? 'active';
  const status = filter === 'all' ? null : filter;
  const query = useGraphQLQuery(SiteListQuery, { status }, { offline: true });

  return (
    <div className="sites-page">
      <BackLink to={`/${role}`}>{t('sites.backHome')}</BackLink>
      <h1>{t('sites.title')}</h1>
      <p className="sites-lead">{t('sites.intro')}</p>
      <p>
        <Link className="sites-button-link" to="/sites/new">
          {t('sites.create')}
        </Link>
      </p>
      <nav className="sites-filter" aria-label={t('sites.filter.label')}>
        {FILTERS.map((f) => (
          <Link key={f} className="sites-filter__option" to={`/sites?status=${f}`} aria-current={f === filter ? 'page' : undefined}>
            {t(`sites.filter.${f}`)}
          </Link>
        ))}
      </nav>
      <QueryStates query={query}>
        {({ sites }) =>
          sites.length === 0 ? (
            <EmptyState title={t(`sites.empty.${filter}Title`)}>
              <p>{t(`sites.empty.${filter}Body`)}</p>
            </EmptyState>
          ) : (
            <ul className="sites-list">
              {sites.map((site) => (
                <SiteCard key={site.id} site={site} />
              ))}
            </ul>
          )
        }
      </QueryStates>
    </div>
  );
}

function SiteCard({ site }: { site: SiteFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string | null) => (iso ? formatSiteDay(iso, i18n.language) : t('sites.noDate'));
  const closed = site.status === 'closed';
  return (
    <li className={`sites-card${closed ? ' sites-card--closed' : ''}`}>
      <h2 className="sites-card__name">{site.name}</h2>
      <p className="sites-card__status">
        {closed && site.closedAt ? t('sites.closedOn', { date: formatSiteDay(String(site.closedAt), i18n.language) }) : t('sites.statusActive')}
      </p>
      {site.address && <p>{site.address}</p>}
      <dl className="sites-card__facts">
        {site.client && (
          <>
            <dt>{t('sites.fields.client')}</dt>
            <dd>{site.client}</dd>
          </>
        )}
        {site.contractReference && (
          <>
            <dt>{t('sites.contract')}</dt>
            <dd>{site.contractReference}</dd>
          </>
        )}
        <dt>{t('sites.works')}</dt>
        <dd>{t('sites.fromTo', { start: day(site.startsOn), end: day(site.endsOn) })}</dd>
      </dl>
      <p className="sites-card__links">
        <Link className="sites-button-link" to={`/sites/${site.id}`} aria-label={`${t('sites.open')} — ${site.name}`}>
          {t('sites.open')}
        </Link>
        <Link className="sites-button-link sites-button-link--quiet" to={`/sites/${site.id}/edit`} aria-label={`${t('sites.edit')} — ${site.name}`}>
          {t('sites.edit')}
        </Link>
      </p>
    </li>
  );
}
