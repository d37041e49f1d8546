// The contract's charts (loaded with this screen only: Recharts stays out of everyone else's first load): hours by
// lot against its target, and by company against its share.
import { useTranslation } from 'react-i18next';
import { BarChartWithTable } from '../../ui/charts';
import { useHours } from './format';

export interface ContractChartsProps {
  lots: { label: string; targetHours: number; progress: { achievedHours: number } }[];
  companies: { company: { name: string }; progress: { targetHours: number; achievedHours: number } }[];
}

export default function ContractCharts({ lots, companies }: ContractChartsProps) {
  const { t } = useTranslation();
  const hours = useHours();
  const series = [
    { key: 'achieved', label: t('clause.charts.achieved') },
    { key: 'target', label: t('clause.charts.target') },
  ];
  return (
    <>
      <BarChartWithTable
        title={t('clause.charts.byLot')}
        categoryLabel={t('clause.charts.lot')}
        rows={lots.map((l) => ({ category: l.label, achieved: l.progress.achievedHours, target: l.targetHours }))}
        series={series}
        format={hours}
      />
      <BarChartWithTable
        title={t('clause.charts.byCompany')}
        categoryLabel={t('clause.charts.company')}
        rows={companies.map((c) => ({ category: c.company.name, achieved: c.progress.achievedHours, target: c.progress.targetHours }))}
        series={series}
        format={hours}
      />
    </>
  );
}
