// Printable badge sheet: one card per worker (name, trade, QR to scan on the site tablet), an A4 grid on paper.
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { BadgeSheetQuery } from '../api/crew.queries';
import { QrCode } from '../../../ui/QrCode';
import './badges.css';
import './crew.css';
import '../../../ui/staff-page.css';

export function BadgeSheetPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const siteId = params.get('site');
  const query = useGraphQLQuery(BadgeSheetQuery, { siteId });
  const badges = query.data?.badgeSheet;
  return (
    <div className="staff-page badge-page">
      <div className="badge-page__screen-only">
        <p className="staff-back">
          <Link to={siteId ? `/sites/${siteId}` : '/crew'}>{t('crew.badges.back')}</Link>
        </p>
        <h1>{t('crew.badges.title')}</h1>
        <p className="staff-lead">{t('crew.badges.intro')}</p>
        <Button onClick={() => window.print()} disabled={!badges?.length}>
          {t('crew.badges.print')}
        </Button>
      </div>
      {!badges && query.status === 'loading' && <LoadingState label={t('app.loading')} />}
      {!badges && query.status === 'error' && (
        <ErrorState title={t('errors.title')} message={t('errors.unexpected')} retryLabel={t('app.retry')} onRetry={query.retry} />
      )}
      {badges?.length === 0 && <EmptyState title={t('crew.badges.empty')} />}
      {badges && badges.length > 0 && (
        <ul className="badge-sheet" aria-label={t('crew.badges.title')}>
          {badges.map((badge) => (
            <li key={badge.workerId} className="badge-card" data-qr-payload={badge.qrPayload}>
              <div className="badge-card__text">
                <span className="badge-card__brand" aria-hidden="true">
                  FIT
                </span>
                <span className="badge-card__name">{badge.displayName}</span>
                {badge.trade && <span className="badge-card__trade">{badge.trade}</span>}
                <span className="badge-card__hint">{t('crew.badges.hint')}</span>
              </div>
              <QrCode value={badge.qrPayload} label={t('crew.badges.qrLabel', { name: badge.displayName })} size="40mm" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
