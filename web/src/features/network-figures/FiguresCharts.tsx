// The figures' charts (loaded with this screen only: Recharts stays out of everyone else's first load). A hidden
// figure draws no bar and reads "< 5" in the table.
import { useTranslation } from 'react-i18next';
import { BarChartWithTable } from '../../ui/charts';
import { ClauseCharts, type ClauseChartsProps } from './ClauseCharts';
import { AllHidden, nothingShown, type FigureRowView } from './figureParts';
import { LevelCharts, type LevelChartsProps } from './LevelCharts';

export type { FigureRowView } from './figureParts';


export interface FiguresChartsProps extends LevelChartsProps, ClauseChartsProps {
  workersTrained: FigureRowView;
  trainingHours: FigureRowView;
  awardsByScheme: FigureRowView[];
  expiringByScheme: FigureRowView;
}

const byColumn = (rows: FigureRowView[], columns: string[]) =>
  columns.map((category, i) => ({
    category,
    ...Object.fromEntries(rows.map((r) => [r.label, r.cells[i] ?? null])),
  }));

export default function FiguresCharts({
  workersTrained,
  trainingHours,
  awardsByScheme,
  expiringByScheme,
  awardsByEqfLevel,
  ulosAwarded,
  clauseHoursByTerritory,
  clauseTargets,
}: FiguresChartsProps) {
  const { t, i18n } = useTranslation();
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const hidden = t('figures.hidden');
  const months = workersTrained.columns;
  return (
    <>
      {nothingShown([workersTrained]) ? (
        <AllHidden title={t('figures.activity')} />
      ) : (
        <BarChartWithTable
          title={t('figures.activity')}
          categoryLabel={t('figures.month')}
          rows={byColumn([workersTrained, trainingHours], months)}
          series={[
            { key: 'workersTrained', label: t('figures.workersTrained') },
            { key: 'trainingHours', label: t('figures.trainingHours'), line: true },
          ]}
          format={number}
          hiddenText={hidden}
        />
      )}
      {awardsByScheme.length > 0 && nothingShown(awardsByScheme) && <AllHidden title={t('figures.awards')} />}
      {awardsByScheme.length > 0 && !nothingShown(awardsByScheme) && (
        <BarChartWithTable
          title={t('figures.awards')}
          categoryLabel={t('figures.month')}
          rows={byColumn(awardsByScheme, months)}
          series={awardsByScheme.map((r) => ({ key: r.label, label: r.label }))}
          format={number}
          hiddenText={hidden}
        />
      )}
      {expiringByScheme.columns.length > 0 && nothingShown([expiringByScheme]) && (
        <AllHidden title={t('figures.expiring')} />
      )}
      {expiringByScheme.columns.length > 0 && !nothingShown([expiringByScheme]) && (
        <BarChartWithTable
          title={t('figures.expiring')}
          categoryLabel={t('figures.scheme')}
          rows={expiringByScheme.columns.map((category, i) => ({
            category,
            expiring: expiringByScheme.cells[i] ?? null,
          }))}
          series={[{ key: 'expiring', label: t('figures.expiringCount') }]}
          format={number}
          hiddenText={hidden}
        />
      )}
      <LevelCharts awardsByEqfLevel={awardsByEqfLevel} ulosAwarded={ulosAwarded} />
      <ClauseCharts clauseHoursByTerritory={clauseHoursByTerritory} clauseTargets={clauseTargets} />
    </>
  );
}
