// Reusable charts: a Recharts picture for the eye with its numbers as a table for screen readers.
export { BarChartWithTable, type BarChartWithTableProps, type ChartSeriesSpec } from './BarChartWithTable';
export { CHART_COLORS } from './chartColors';
