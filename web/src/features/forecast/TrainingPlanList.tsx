// "Turn a gap into a plan": the modules covering the central scenario's gap ULOs, their learners and training hours.
import { useTranslation } from 'react-i18next';
import type { ForecastQuery as ForecastResult } from '../../graphql/generated/graphql';

export function TrainingPlanList({ plan }: { plan: ForecastResult['forecast']['plan'] }) {
  const { t, i18n } = useTranslation();
  const hours = (x: number) => x.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  return (
    <div className="forecast-plan">
      <h3>{t('forecast.plan.title')}</h3>
      {plan.modules.length === 0 && plan.uncovered.length === 0 ? (
        <p>{t('forecast.plan.none')}</p>
      ) : (
        <>
          <ul className="network-list">
            {plan.modules.map((m) => (
              <li key={m.moduleId} className="network-card">
                <h4>{m.title}</h4>
                <p>{t('forecast.plan.module', { ulos: m.ulos.join(', '), learners: m.learners, hours: hours(m.hours) })}</p>
              </li>
            ))}
          </ul>
          <p>
            <strong>{t('forecast.plan.total', { hours: hours(plan.hours) })}</strong>
          </p>
          {plan.uncovered.length > 0 && <p>{t('forecast.plan.uncovered', { ulos: plan.uncovered.join(', ') })}</p>}
        </>
      )}
    </div>
  );
}
