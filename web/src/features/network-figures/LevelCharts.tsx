// Qualifications awarded by EQF level and month, and the ULOs they prove (hidden where fewer than 5 holders).
import { useTranslation } from 'react-i18next';
import { BarChartWithTable } from '../../ui/charts';
import { AllHidden, nothingShown, type FigureRowView } from './figureParts';

export interface LevelChartsProps {
  awardsByEqfLevel: FigureRowView[];
  ulosAwarded: FigureRowView;
}

export function LevelCharts({ awardsByEqfLevel, ulosAwarded }: LevelChartsProps) {
  const { t, i18n } = useTranslation();
  const number = (v: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: 1 });
  const months = ulosAwarded.columns;
  const level = (label: string) =>
    label === 'unknown' ? t('figures.levelUnknown') : t('figures.level', { level: label });
  return (
    <>
      {awardsByEqfLevel.length > 0 && nothingShown(awardsByEqfLevel) && (
        <AllHidden title={t('figures.byLevel')} />
      )}
      {awardsByEqfLevel.length > 0 && !nothingShown(awardsByEqfLevel) && (
        <BarChartWithTable
          title={t('figures.byLevel')}
          categoryLabel={t('figures.month')}
          rows={months.map((category, i) => ({
            category,
            ...Object.fromEntries(awardsByEqfLevel.map((r, n) => [`level${n}`, r.cells[i] ?? null])),
          }))}
          series={awardsByEqfLevel.map((r, n) => ({ key: `level${n}`, label: level(r.label) }))}
          format={number}
          hiddenText={t('figures.hidden')}
        />
      )}
      {ulosAwarded.cells.some((c) => c !== 0) &&
        (nothingShown([ulosAwarded]) ? (
          <AllHidden title={t('figures.ulos')} />
        ) : (
          <BarChartWithTable
            title={t('figures.ulos')}
            categoryLabel={t('figures.month')}
            rows={months.map((category, i) => ({ category, ulos: ulosAwarded.cells[i] ?? null }))}
            series={[{ key: 'ulos', label: t('figures.ulosCount') }]}
            format={number}
            hiddenText={t('figures.hidden')}
          />
        ))}
    </>
  );
}
