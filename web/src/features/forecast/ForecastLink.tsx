// The planner's way in from the home: a section pointing to the territory forecast.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ForecastLink() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('forecast.title')}</h2>
      <p>{t('forecast.homeLead')}</p>
      <Link className="staff-links__link" to="/forecast">
        {t('forecast.open')}
      </Link>
    </section>
  );
}
