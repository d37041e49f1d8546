// The organisation's building sites as large cards: name, address and works dates.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SitesQuery } from '../../../graphql/generated/graphql';
import { formatSiteDates } from '../formatSiteDates';
import './SiteList.css';

export interface SiteListProps {
  sites: SitesQuery['sites'];
}

export function SiteList({ sites }: SiteListProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="site-list">
      {sites.map((site) => (
        <li key={site.id} className="site-card">
          <h3 className="site-card__name">{site.name}</h3>
          <p className="site-card__address">{site.address}</p>
          <p className="site-card__dates">{formatSiteDates(site.startsOn, site.endsOn, i18n.language, t)}</p>
          <Link className="site-card__link" to={`/sites/${site.id}`} aria-label={`${t('home.links.site')} — ${site.name}`}>
            {t('home.links.site')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
