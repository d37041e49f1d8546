// The way in from a network body's home to its figures.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NetworkFiguresLink() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('figures.title')}</h2>
      <p>{t('figures.homeLead')}</p>
      <Link className="staff-links__link" to="/network-figures">
        {t('figures.open')}
      </Link>
    </section>
  );
}
