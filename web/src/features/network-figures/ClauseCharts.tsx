// The social clause across the network body's contracts: validated hours by territory and month, and the hours
// achieved since the start against each territory's target. Hours of fewer than 5 people read "< 5".
import { useTranslation } from 'react-i18next';
import { BarChartWithTable } from '../../ui/charts';
import { AllHidden, nothingShown, type FigureRowView } from './figureParts';

export interface ClauseChartsProps {
  clauseHoursByTerritory: FigureRowView[];
  clauseTargets: {
    territory: string;
    targetHours: number;
    achievedHours?: number | null;
    percent?: number | null;
  }[];
}

export function ClauseCharts({ clauseHoursByTerritory, clauseTargets }: ClauseChartsProps) {
  const { t, i18n } = useTranslation();
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const territory = (name: string) => name || t('figures.noTerritory');
  const months = clauseHoursByTerritory[0]?.columns ?? [];
  return (
    <>
      {clauseHoursByTerritory.length > 0 && nothingShown(clauseHoursByTerritory) && (
        <AllHidden title={t('figures.clauseByMonth')} />
      )}
      {clauseHoursByTerritory.length > 0 && !nothingShown(clauseHoursByTerritory) && (
        <BarChartWithTable
          title={t('figures.clauseByMonth')}
          categoryLabel={t('figures.month')}
          rows={months.map((category, i) => ({
            category,
            ...Object.fromEntries(
              clauseHoursByTerritory.map((r, n) => [`territory${n}`, r.cells[i] ?? null]),
            ),
          }))}
          series={clauseHoursByTerritory.map((r, n) => ({ key: `territory${n}`, label: territory(r.label) }))}
          format={number}
          hiddenText={t('figures.hidden')}
        />
      )}
      {clauseTargets.length > 0 && (
        <BarChartWithTable
          title={t('figures.clauseTargets')}
          categoryLabel={t('figures.territory')}
          rows={clauseTargets.map((c) => ({
            category: territory(c.territory),
            achieved: c.achievedHours ?? null,
            target: c.targetHours,
          }))}
          series={[
            { key: 'achieved', label: t('figures.clauseAchieved') },
            { key: 'target', label: t('figures.clauseTarget') },
          ]}
          format={number}
          hiddenText={t('figures.hidden')}
        />
      )}
    </>
  );
}
