// Shortcuts on the staff homes to the crew screens: workers and teams, and the printable badge sheet.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function StaffLinks() {
  const { t } = useTranslation();
  return (
    <nav className="staff-links" aria-label={t('home.links.crew')}>
      <Link className="staff-links__link" to="/crew">
        {t('home.links.crew')}
      </Link>
      <Link className="staff-links__link" to="/badges">
        {t('home.links.badges')}
      </Link>
    </nav>
  );
}
