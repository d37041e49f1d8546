// Staff screen "Invitations" of one organisation: invite a manager or trainer, see and revoke pending invitations.
import type { Role } from '@fit/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { InvitationRow } from './InvitationRow';
import { InviteForm } from './InviteForm';
import { InvitationsQuery, ManagedOrganisationsQuery } from '../api/organisations.queries';
import './organisations.css';
import '../../../ui/staff-page.css';

export interface InvitationsPageProps {
  role: Role;
}

export function InvitationsPage({ role }: InvitationsPageProps) {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const organisations = useGraphQLQuery(ManagedOrganisationsQuery, {});
  const invitations = useGraphQLQuery(InvitationsQuery, { organisationId });
  const organisation = organisations.data?.managedOrganisations.find((o) => o.id === organisationId);
  const back = role === 'admin' ? '/organisations' : `/${role}`;
  const list = invitations.data?.invitations ?? [];

  if (organisations.data && !organisation) {
    return (
      <div className="staff-page">
        <p className="staff-back">
          <Link to={back}>{t('invitations.back')}</Link>
        </p>
        <ErrorState title={t('invitations.unknownOrganisation')} message={t('organisations.errors.notFound')} />
      </div>
    );
  }

  return (
    <div className="staff-page">
      <p className="staff-back">
        <Link to={back}>{role === 'admin' ? t('invitations.back') : t('organisations.backHome')}</Link>
      </p>
      <h1>{organisation ? t('invitations.titleFor', { name: organisation.name }) : t('invitations.title')}</h1>
      <p className="staff-lead">{t('invitations.intro')}</p>
      {!organisations.data && organisations.status === 'loading' && <LoadingState label={t('app.loading')} />}
      {!organisations.data && organisations.status === 'error' && (
        <ErrorState title={t('errors.title')} message={t('errors.unexpected')} retryLabel={t('app.retry')} onRetry={organisations.retry} />
      )}
      {organisation && (
        <section className="staff-section" aria-labelledby="invite-heading">
          <h2 id="invite-heading">{t('invitations.form.heading')}</h2>
          <InviteForm organisationId={organisation.id} organisationName={organisation.name} onInvited={invitations.retry} />
        </section>
      )}
      <section className="staff-section" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('invitations.listHeading', { count: list.length })}</h2>
        {!invitations.data && invitations.status === 'loading' && <LoadingState label={t('app.loading')} />}
        {!invitations.data && invitations.status === 'error' && (
          <ErrorState title={t('errors.title')} message={t('errors.unexpected')} retryLabel={t('app.retry')} onRetry={invitations.retry} />
        )}
        {invitations.data && list.length === 0 && <EmptyState title={t('invitations.empty')} />}
        {list.length > 0 && (
          <ul className="org-rows">
            {list.map((invitation) => (
              <InvitationRow key={invitation.id} invitation={invitation} onChanged={invitations.retry} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
