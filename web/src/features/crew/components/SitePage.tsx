// Staff screen of one site: its crew (the names its tablets offer), its tablets, its badge sheet, progress and assigning.
import type { Role } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BcfSection } from '../../bcf';
import { UpcomingRenewalsSection } from '../../renewals';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { useMutation } from '../../../graphql/useMutation';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { SetSiteCrewMutation, SiteCrewQuery } from '../api/crew.queries';
import { MemberChecklist } from './MemberChecklist';
import { TabletsSection } from './TabletsSection';
import { TeamToCrew } from './TeamToCrew';
import './crew.css';
import '../../../ui/staff-page.css';

export interface SitePageProps {
  role: Role;
  boundTabletId?: string;
  onUseThisTablet: (code: string) => Promise<void>;
}

export function SitePage({ role, boundTabletId, onUseThisTablet }: SitePageProps) {
  const { t } = useTranslation();
  const { siteId = '' } = useParams();
  const query = useGraphQLQuery(SiteCrewQuery, { siteId });
  const setCrew = useMutation(SetSiteCrewMutation);
  const site = query.data?.sites.find((s) => s.id === siteId);

  if (!query.data) {
    return query.status === 'error' ? (
      <ErrorState title={t('errors.title')} message={t('errors.unexpected')} retryLabel={t('app.retry')} onRetry={query.retry} />
    ) : (
      <LoadingState label={t('app.loading')} />
    );
  }
  return (
    <div className="staff-page">
      <p className="staff-back">
        <Link to={`/${role}`}>{t('crew.backHome')}</Link>
      </p>
      <h1>{site?.name ?? t('crew.site.title')}</h1>
      {site && <p className="staff-lead">{site.address}</p>}
      {site?.status === 'closed' && (
        <p className="crew-closed" role="status">
          {t('sites.closedBanner')}
        </p>
      )}
      <p className="crew-site-links">
        <Link className="staff-link-button" to={`/badges?site=${encodeURIComponent(siteId)}`}>
          {t('crew.badges.openForSite')}
        </Link>
        {(role === 'manager' || role === 'admin') && (
          <Link className="staff-link-button" to={`/sites/${encodeURIComponent(siteId)}/edit`}>
            {t('sites.editLink')}
          </Link>
        )}
        <Link className="staff-link-button" to={`/sites/${encodeURIComponent(siteId)}/model`}>
          {t('bim.openFromSite')}
        </Link>
        {role !== 'admin' && (
          <>
            <Link className="staff-link-button" to={`/sites/${encodeURIComponent(siteId)}/cohort`}>
              {t('cohort.link')}
            </Link>
            <Link className="staff-link-button" to={`/assign?site=${encodeURIComponent(siteId)}`}>
              {t('cohort.assign')}
            </Link>
            <Link className="staff-link-button" to={`/sites/${encodeURIComponent(siteId)}/tender`}>
              {t('tender.link')}
            </Link>
          </>
        )}
      </p>
      <section className="staff-section" aria-labelledby="site-crew-heading">
        <h2 id="site-crew-heading">{t('crew.site.crewHeading')}</h2>
        <p>{t('crew.site.crewIntro')}</p>
        <TeamToCrew siteId={siteId} onAdded={query.retry} />
        <MemberChecklist
          // A team added above changes the crew: the list starts again from the saved one.
          key={query.data.crew.map((w) => w.id).join(',')}
          legend={t('crew.site.crewLegend')}
          workers={query.data.all}
          initial={query.data.crew.map((w) => w.id)}
          saveLabel={t('crew.site.saveCrew')}
          pending={setCrew.pending}
          onSave={async (workerIds) => Boolean(await setCrew.run({ siteId, workerIds }))}
          passportLinks
        />
      </section>
      <TabletsSection
        siteId={siteId}
        siteName={site?.name ?? ''}
        tablets={query.data.tablets}
        canRevoke={role === 'manager'}
        closed={site?.status === 'closed'}
        boundTabletId={boundTabletId}
        onChanged={query.retry}
        onUseThisTablet={onUseThisTablet}
      />
      <UpcomingRenewalsSection siteId={siteId} />
      <BcfSection siteId={siteId} />
    </div>
  );
}
