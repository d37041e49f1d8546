// Shortcuts on the staff homes: workers and teams, the printable badge sheet, and the practical work to sign off.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ValidationsLink } from './ValidationsLink';

export function StaffLinks({ validations = false }: { validations?: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="staff-links" aria-label={t('home.links.crew')}>
      <Link className="staff-links__link" to="/crew">
        {t('home.links.crew')}
      </Link>
      <Link className="staff-links__link" to="/badges">
        {t('home.links.badges')}
      </Link>
      {validations && <ValidationsLink />}
    </nav>
  );
}
