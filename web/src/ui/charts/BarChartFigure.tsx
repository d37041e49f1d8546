// A bar chart (Recharts) with its figures as a table for screen readers: the chart is hidden from them, the table is
// hidden on screen. Vertical bars by category, or horizontal bars (`layout="horizontal"`) for ranked labels.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import './charts.css';

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface BarChartFigureProps {
  title: string;
  /** The first column of the table, and the category axis. */
  categoryLabel: string;
  categoryKey: string;
  rows: Record<string, string | number>[];
  series: ChartSeries[];
  layout?: 'vertical' | 'horizontal';
  height?: number;
}

export default function BarChartFigure({ title, categoryLabel, categoryKey, rows, series, layout = 'vertical', height = 280 }: BarChartFigureProps) {
  const horizontal = layout === 'horizontal';
  return (
    <figure className="chart-figure">
      <figcaption className="chart-figure__title">{title}</figcaption>
      <div aria-hidden="true" className="chart-figure__chart">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart accessibilityLayer={false} data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ left: horizontal ? 8 : 0, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey={categoryKey} width={160} tick={{ fontSize: 13 }} />
              </>
            ) : (
              <>
                <XAxis dataKey={categoryKey} />
                <YAxis allowDecimals={false} />
              </>
            )}
            <Tooltip />
            <Legend />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[categoryKey])}>
              <th scope="row">{row[categoryKey]}</th>
              {series.map((s) => (
                <td key={s.key}>{row[s.key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
