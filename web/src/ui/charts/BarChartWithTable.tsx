// A bar chart (Recharts) with its numbers as a table: the chart is for the eye, the table is what a screen reader
// reads (and what anyone can copy). Bars come one per series in each category; an optional `line` series is drawn
// over the bars (a target, say). Recharts' keyboard layer stays off: the picture is hidden from assistive technology,
// so nothing in it may take the focus (axe: aria-hidden-focus). Import it lazily with the screens that use it:
// Recharts stays out of the first load.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLORS } from './chartColors';
import './charts.css';

export interface ChartSeriesSpec {
  /** The key of the value in each row. */
  key: string;
  label: string;
  /** Draw as a line over the bars instead of a bar. */
  line?: boolean;
}

export interface BarChartWithTableProps {
  title: string;
  /** The heading of the category column (month, company…). */
  categoryLabel: string;
  /** A null value is a figure withheld (e.g. a count too small to show): no bar, and `hiddenText` in the table. */
  rows: readonly ({ category: string } & Record<string, number | string | null>)[];
  series: readonly ChartSeriesSpec[];
  format?: (value: number) => string;
  height?: number;
  hiddenText?: string;
}

const number = (v: unknown) => (typeof v === 'number' ? v : 0);

export function BarChartWithTable({ title, categoryLabel, rows, series, format = (v) => v.toLocaleString(), height = 280, hiddenText = '—' }: BarChartWithTableProps) {
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <div className="chart__plot" aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="category" tick={{ fontSize: 14 }} />
            <YAxis tick={{ fontSize: 14 }} tickFormatter={(v: number) => format(v)} width={64} />
            <Tooltip formatter={(v) => format(number(v))} />
            <Legend wrapperStyle={{ fontSize: 15 }} />
            {series.map((s, i) =>
              s.line ? (
                <Line key={s.key} dataKey={s.key} name={s.label} stroke={CHART_COLORS[i % CHART_COLORS.length]} strokeWidth={3} isAnimationActive={false} />
              ) : (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={CHART_COLORS[i % CHART_COLORS.length]} isAnimationActive={false} />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            {series.map((s) => (
              <th scope="col" key={s.key}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{row.category}</th>
              {series.map((s) => (
                <td key={s.key}>{row[s.key] === null ? hiddenText : format(number(row[s.key]))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
