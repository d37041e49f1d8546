// Shortcuts on the staff homes: workers and teams, the printable badge sheet, invitations, the qualifications matrix, and the
// practical work to sign off, and the candidates handed over after positioning.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ValidationsLink } from './ValidationsLink';

export interface StaffLinksProps {
  validations?: boolean;
  /** Managers invite managers and trainers into their own organisation. */
  inviteOrganisationId?: string;
  /** Managers and admins create, edit and close sites and manage the organisation's members. */
  manage?: boolean;
  /** Trainers and managers receive the candidates a network body hands over after positioning. */
  handovers?: boolean;
}

export function StaffLinks({ validations = false, inviteOrganisationId, manage = false, handovers = false }: StaffLinksProps) {
  const { t } = useTranslation();
  return (
    <nav className="staff-links" aria-label={t('home.links.crew')}>
      <Link className="staff-links__link" to="/crew">
        {t('home.links.crew')}
      </Link>
      {manage && (
        <>
          <Link className="staff-links__link" to="/sites">
            {t('home.links.sites')}
          </Link>
          <Link className="staff-links__link" to="/members">
            {t('home.links.members')}
          </Link>
        </>
      )}
      <Link className="staff-links__link" to="/badges">
        {t('home.links.badges')}
      </Link>
      {inviteOrganisationId && (
        <Link className="staff-links__link" to={`/organisations/${inviteOrganisationId}/invitations`}>
          {t('home.links.invitations')}
        </Link>
      )}
      <Link className="staff-links__link" to="/matrix">
        {t('home.links.matrix')}
      </Link>
      <Link className="staff-links__link" to="/afest">
        {t('afest.homeLink')}
      </Link>
      {validations && <ValidationsLink />}
      {handovers && (
        <Link className="staff-links__link" to="/handovers">
          {t('handovers.link')}
        </Link>
      )}
    </nav>
  );
}
