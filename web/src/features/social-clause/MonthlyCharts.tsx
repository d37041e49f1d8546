// The contract's hours by month (loaded with this screen only): each month's validated and waiting hours, then the
// cumulative validated hours against the target spread over the contract's months — the report's charts, with
// their numbers as tables for screen readers.
import { useTranslation } from 'react-i18next';
import { BarChartWithTable } from '../../ui/charts';
import { useHours } from './format';
import type { MonthProgress } from './monthlyProgress';

export default function MonthlyCharts({ months }: { months: readonly MonthProgress[] }) {
  const { t } = useTranslation();
  const hours = useHours();
  return (
    <>
      <BarChartWithTable
        title={t('clause.monthly.byMonth')}
        categoryLabel={t('clause.hours.month')}
        rows={months}
        series={[
          { key: 'validated', label: t('clause.monthly.validated') },
          { key: 'pending', label: t('clause.monthly.pending') },
        ]}
        format={hours}
      />
      <BarChartWithTable
        title={t('clause.monthly.cumulative')}
        categoryLabel={t('clause.hours.month')}
        rows={months}
        series={[
          { key: 'cumulative', label: t('clause.monthly.cumulativeSeries') },
          { key: 'target', label: t('clause.monthly.targetSeries'), line: true },
        ]}
        format={hours}
      />
    </>
  );
}
