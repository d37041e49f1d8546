// Admin screen "Organisations": the organisations of the network body, creating one, inviting its people, and (for
// the operator) the background jobs that failed.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '../../../graphql/session-user';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { FailedJobsSection } from './FailedJobsSection';
import { ManagedOrganisationsQuery } from '../api/organisations.queries';
import './organisations.css';
import '../../../ui/staff-page.css';

export interface OrganisationsPageProps {
  user: SessionUser;
}

export function OrganisationsPage({ user }: OrganisationsPageProps) {
  const { t } = useTranslation();
  const organisations = useGraphQLQuery(ManagedOrganisationsQuery, {});
  const network = user.organisation.kind === 'network';
  const list = organisations.data?.managedOrganisations ?? [];
  return (
    <div className="staff-page">
      <p className="staff-back">
        <Link to={`/${user.role}`}>{t('organisations.backHome')}</Link>
      </p>
      <h1>{t('organisations.title')}</h1>
      <p className="staff-lead">{network ? t('organisations.intro') : t('organisations.introNotNetwork', { name: user.organisation.name })}</p>
      {network && (
        <section className="staff-section" aria-labelledby="org-create-heading">
          <h2 id="org-create-heading">{t('organisations.create.heading')}</h2>
          <CreateOrganisationForm onCreated={organisations.retry} />
        </section>
      )}
      <section className="staff-section" aria-labelledby="org-list-heading">
        <h2 id="org-list-heading">{t('organisations.listHeading', { count: list.length })}</h2>
        {!organisations.data && organisations.status === 'loading' && <LoadingState label={t('app.loading')} />}
        {!organisations.data && organisations.status === 'error' && (
          <ErrorState
            title={t('errors.title')}
            message={t('errors.unexpected')}
            retryLabel={t('app.retry')}
            onRetry={organisations.retry}
          />
        )}
        {organisations.data && list.length === 0 && <EmptyState title={t('organisations.empty')} />}
        {list.length > 0 && (
          <ul className="org-rows">
            {list.map((organisation) => (
              <li key={organisation.id} className="org-row">
                <div className="org-row__who">
                  <span className="org-row__name">{organisation.name}</span>
                  <span className="org-row__meta">
                    {t(`organisationKinds.${organisation.kind}`, { defaultValue: organisation.kind })} · {organisation.slug}
                    {organisation.id === user.organisation.id && ` · ${t('organisations.yours')}`}
                  </span>
                </div>
                <Link
                  className="staff-link-button"
                  to={`/organisations/${organisation.id}/invitations`}
                  aria-label={t('organisations.inviteTo', { name: organisation.name })}
                >
                  {t('organisations.invite')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {network && user.role === 'admin' && <FailedJobsSection />}
    </div>
  );
}
