// The tablet's start screen: the site crew as big name tiles, and "scan my badge" for those who carry one.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCode } from '../../../graphql/client';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { appPackDb, clearPack, SitePackPanel, usePack } from '../../site-pack';
import { useLockoutReports } from '../hooks/useLockoutReports';
import { initials } from '../initials';
import { TabletCrewQuery } from '../api/tablet.queries';
import './tablet.css';

export interface CrewPickerProps {
  siteName?: string;
  deviceToken: string;
  /** The tablet was revoked or its token is unknown: offer to stop being a tablet. */
  onForgetTablet: () => void;
}

export function CrewPicker({ siteName, deviceToken, onForgetTablet }: CrewPickerProps) {
  const { t } = useTranslation();
  // No cache key: the names are fetched fresh; offline (or until they arrive) the downloaded site pack's roster shows.
  const query = useGraphQLQuery(TabletCrewQuery, {});
  const pack = usePack();
  const revoked = query.status === 'error' && errorCode(query.error) === 'UNAUTHENTICATED';
  const { reload: reloadPack } = pack;
  useEffect(() => {
    // A revoked tablet (lost, stolen) must not keep the crew's PIN hashes or the site's files a day longer.
    if (revoked) void clearPack(appPackDb()).then(reloadPack, () => undefined);
  }, [revoked, reloadPack]);
  useLockoutReports(query.status === 'success');
  const crew = query.data?.tabletCrew ?? (pack.roster.length && !revoked ? pack.roster : undefined);
  return (
    <div className="tablet">
      <div className="tablet__top">
        <div>
          <h1>{t('tablet.picker.title')}</h1>
          <p className="tablet__lead">{siteName ?? t('tablet.picker.lead')}</p>
        </div>
        <Link className="tablet__scan" to="/tablet/scan">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M3 8V4h4M17 4h4v4M21 16v4h-4M7 20H3v-4M7 8h3v3H7zM14 8h3v3h-3zM7 13h3v3H7zM14 14h3v2h-3z"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            />
          </svg>
          {t('tablet.picker.scan')}
        </Link>
      </div>
      {query.status === 'loading' && !crew && <LoadingState label={t('app.loading')} />}
      {query.status === 'error' && !crew && (
        <ErrorState
          title={t('errors.title')}
          message={revoked ? t('tablet.picker.notEnrolled') : t('errors.unexpected')}
          retryLabel={revoked ? t('tablet.picker.forget') : t('app.retry')}
          onRetry={revoked ? onForgetTablet : query.retry}
        />
      )}
      {crew &&
        (crew.length === 0 ? (
          <EmptyState title={t('tablet.picker.emptyTitle')}>
            <p>{t('tablet.picker.emptyBody')}</p>
          </EmptyState>
        ) : (
          <ul className="crew-tiles" aria-label={t('tablet.picker.crew')}>
            {crew.map((member) => (
              <li key={member.id}>
                <Link className="crew-tile" to={`/tablet/pin/${member.id}`} state={{ name: member.displayName }}>
                  <span className="crew-tile__initials" aria-hidden="true">
                    {initials(member.displayName)}
                  </span>
                  <span className="crew-tile__name">{member.displayName}</span>
                </Link>
              </li>
            ))}
          </ul>
        ))}
      {!revoked && pack.loaded && <SitePackPanel deviceToken={deviceToken} meta={pack.meta} onUpdated={pack.reload} />}
      <p className="tablet__staff">
        <Link to="/login">{t('tablet.picker.staff')}</Link>
      </p>
    </div>
  );
}
