// The central scenario in detail: needs against supply by year and the largest gaps as charts (Recharts, loaded with
// these screens only), the gap per year per ULO and per qualification, hours by trade, and the training plan.
import { needsAndSupply, topGaps, TRADES, type Trade } from '@fit/shared';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../ui/LoadingState';
import type { ForecastQuery as ForecastResult } from '../../graphql/generated/graphql';
import { TrainingPlanList } from './TrainingPlanList';

const BarChartWithTable = lazy(() => import('../../ui/charts').then((m) => ({ default: m.BarChartWithTable })));

type Forecast = ForecastResult['forecast'];

export function ForecastResults({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const central = forecast.years.filter((y) => y.scenario === 'central');
  const years = central.map((y) => y.year);
  const ulos = [...new Map(central.flatMap((y) => y.ulos.map((u) => [u.ulo, u.title] as const))).entries()].sort(([a], [b]) => a.localeCompare(b));
  const qualifications = [...new Map(central.flatMap((y) => y.qualifications.map((q) => [q.code, q.title] as const))).entries()];
  const number = (x: number, digits = 0) => x.toLocaleString(i18n.language, { maximumFractionDigits: digits });
  const gapOf = (year: number, ulo: string) => central.find((y) => y.year === year)?.ulos.find((u) => u.ulo === ulo);
  return (
    <>
      <Suspense fallback={<LoadingState label={t('forecast.loadingCharts')} />}>
        <div className="forecast-charts">
          <BarChartWithTable
            title={t('forecast.charts.needsVsSupply')}
            categoryLabel={t('forecast.year')}
            rows={needsAndSupply(central).map(({ year, ...figures }) => ({ category: String(year), ...figures }))}
            series={[
              { key: 'needed', label: t('forecast.charts.needed') },
              { key: 'held', label: t('forecast.charts.held') },
            ]}
          />
          <BarChartWithTable
            title={t('forecast.charts.topGaps')}
            categoryLabel={t('forecast.ulo')}
            rows={topGaps(central).map((g) => ({ category: g.ulo, gap: g.gap }))}
            series={[{ key: 'gap', label: t('forecast.charts.gap') }]}
          />
        </div>
      </Suspense>
      <div className="forecast-scroll">
        <table className="forecast-table">
          <caption>{t('forecast.tables.gaps')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forecast.ulo')}</th>
              {years.map((y) => (
                <th key={y} scope="col">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ulos.map(([code, title]) => (
              <tr key={code}>
                <th scope="row">
                  {code} <span className="forecast-title">{title}</span>
                </th>
                {years.map((y) => {
                  const u = gapOf(y, code);
                  return (
                    <td key={y}>
                      {u ? (
                        <>
                          <strong className={u.gap > 0 ? 'forecast-gap' : undefined}>{u.gap}</strong>
                          <span className="forecast-muted forecast-small">{t('forecast.tables.gapCell', { needed: u.needed, held: u.held })}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="forecast-scroll">
        <table className="forecast-table">
          <caption>{t('forecast.tables.qualifications')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forecast.qualification')}</th>
              {years.map((y) => (
                <th key={y} scope="col">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {qualifications.map(([code, title]) => (
              <tr key={code}>
                <th scope="row">{title}</th>
                {years.map((y) => (
                  <td key={y}>{central.find((c) => c.year === y)?.qualifications.find((q) => q.code === code)?.gap ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="forecast-scroll">
        <table className="forecast-table">
          <caption>{t('forecast.tables.trades')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('forecast.trade')}</th>
              {years.map((y) => (
                <th key={y} scope="col">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TRADES.map((trade) => (
              <tr key={trade}>
                <th scope="row">{t(`forecast.trades.${trade as Trade}`)}</th>
                {central.map((y) => (
                  <td key={y.year}>{number(y.hoursByTrade.find((h) => h.trade === trade)?.hours ?? 0)}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('forecast.figures.workers')}</th>
              {central.map((y) => (
                <td key={y.year}>{number(y.workers, 1)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <TrainingPlanList plan={forecast.plan} />
    </>
  );
}
