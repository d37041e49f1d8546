// The way from a staff home to the module catalogue, as a big button-like link.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ModulesLink() {
  const { t } = useTranslation();
  return (
    <p className="home-modules">
      <Link to="/modules" className="home-modules__link">
        {t('home.modulesLink')}
      </Link>
    </p>
  );
}
