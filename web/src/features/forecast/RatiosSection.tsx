// The network body's ratios: labour hours per unit by trade and the ULOs each work package requires, the seeded demo
// values flagged as such with their source; each row edited in place.
import type { WorkPackage, Trade } from '@fit/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLQuery } from '../../graphql/useGraphQLQuery';
import { Button } from '../../ui/Button';
import { QueryStates } from '../../ui/QueryStates';
import { RatioForm } from './RatioForm';
import { ForecastRatiosQuery } from './forecast.queries';

export function RatiosSection({ onChanged }: { onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const query = useGraphQLQuery(ForecastRatiosQuery, {});
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('forecast.ratios.title')}</h2>
      <p>{t('forecast.ratios.lead')}</p>
      <QueryStates query={query}>
        {({ forecastRatios, forecastUlos }) => {
          const label = new Map(forecastUlos.map((u) => [u.code, u.title]));
          return (
            <ul className="network-list">
              {forecastRatios.map((r) =>
                editing === r.workPackage ? (
                  <li key={r.workPackage}>
                    <RatioForm
                      ratio={r}
                      ulos={forecastUlos}
                      onSaved={() => {
                        setEditing(null);
                        query.retry();
                        onChanged();
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </li>
                ) : (
                  <li key={r.workPackage} className="network-card">
                    <h3>
                      {t(`forecast.workPackages.${r.workPackage as WorkPackage}`)}
                      {r.demoValue && <span className="forecast-badge">{t('forecast.ratios.demoValue')}</span>}
                    </h3>
                    <p>
                      {r.hoursPerUnit
                        .map((h) => t('forecast.ratios.hours', { trade: t(`forecast.trades.${h.trade as Trade}`), hours: h.hours.toLocaleString(i18n.language), unit: t(`forecast.units.${r.workPackage as WorkPackage}`) }))
                        .join(' · ')}
                    </p>
                    <ul className="forecast-ulos">
                      {r.ulos.map((code) => (
                        <li key={code}>
                          {code} — {label.get(code) ?? code}
                        </li>
                      ))}
                    </ul>
                    {r.source && <p className="forecast-muted">{t('forecast.ratios.source', { source: r.source })}</p>}
                    <Button variant="secondary" onClick={() => setEditing(r.workPackage)} aria-label={t('forecast.ratios.editNamed', { name: t(`forecast.workPackages.${r.workPackage as WorkPackage}`) })}>
                      {t('forecast.ratios.edit')}
                    </Button>
                  </li>
                ),
              )}
            </ul>
          );
        }}
      </QueryStates>
    </section>
  );
}
