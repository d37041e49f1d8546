// What the figures' charts share: a row as the page receives it, and the words said instead of a chart whose every
// figure is withheld.
import { useTranslation } from 'react-i18next';

export interface FigureRowView {
  label: string;
  columns: string[];
  cells: (number | null)[];
  total?: number | null;
}

/** Rows whose every figure is withheld (or nought): their chart would be an empty frame. */
export const nothingShown = (rows: FigureRowView[]) =>
  rows.every((r) => r.cells.every((c) => c === null || c === 0)) && rows.some((r) => r.cells.includes(null));

export function AllHidden({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <section className="figures-hidden">
      <h2 className="chart__title">{title}</h2>
      <p>{t('figures.allHidden')}</p>
    </section>
  );
}

