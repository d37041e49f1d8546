// Charts drawn as vector graphics in a pdfkit document, for reports a reader prints or zooms: bars (grouped by
// series) and lines, each with its axis, gridlines, value labels and a legend, so the numbers read without colour.
import type { PdfDoc } from './document.js';

export interface ChartSeries {
  label: string;
  values: readonly number[];
  /** A fill colour; the default palette keeps contrast on white paper. */
  color?: string;
}

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartSpec {
  title: string;
  /** One label per category on the horizontal axis (months, companies, categories). */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Formats values on the axis and the bars' labels (default: whole numbers with a thin space). */
  format?: (value: number) => string;
}

/** Colour-blind-safe palette (Okabe-Ito), dark enough for text labels on white. */
export const CHART_PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

const AXIS = '#444444';
const GRID = '#d9d9d9';
const TITLE_HEIGHT = 18;
const LEGEND_HEIGHT = 16;
const LABEL_HEIGHT = 26;
const AXIS_WIDTH = 44;

const defaultFormat = (v: number) => Math.round(v).toLocaleString('fr-FR').replace(/\u202f/g, ' ');

/** A round upper bound for the axis: 1, 2 or 5 times a power of ten above the largest value. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** How many gridline intervals split [0, max] into round steps: 10 → 2s, 20 → 5s, 50 → 10s, 5 → 1s (never 12.5). */
export function tickCount(max: number): number {
  if (max <= 5 && Number.isInteger(max)) return max;
  const leading = Math.round(max / 10 ** Math.floor(Math.log10(max)));
  return leading === 2 ? 4 : 5;
}

interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
  max: number;
  format: (v: number) => string;
}

/** Title, legend, gridlines and the vertical axis; answers the plotting area. */
function frame(doc: PdfDoc, box: ChartBox, spec: ChartSpec): Plot {
  const format = spec.format ?? defaultFormat;
  const max = niceMax(Math.max(0, ...spec.series.flatMap((s) => s.values)));
  doc.save();
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#222222').text(spec.title, box.x, box.y, { width: box.width, lineBreak: false });
  let lx = box.x;
  doc.font('Helvetica').fontSize(8);
  spec.series.forEach((s, i) => {
    const color = s.color ?? CHART_PALETTE[i % CHART_PALETTE.length]!;
    doc.rect(lx, box.y + TITLE_HEIGHT + 1, 8, 8).fill(color);
    doc.fillColor('#222222').text(s.label, lx + 11, box.y + TITLE_HEIGHT, { lineBreak: false });
    lx += 11 + doc.widthOfString(s.label) + 14;
  });
  const plot: Plot = {
    left: box.x + AXIS_WIDTH,
    top: box.y + TITLE_HEIGHT + LEGEND_HEIGHT + 6,
    width: box.width - AXIS_WIDTH,
    height: box.height - TITLE_HEIGHT - LEGEND_HEIGHT - 6 - LABEL_HEIGHT,
    max,
    format,
  };
  const ticks = tickCount(max);
  for (let i = 0; i <= ticks; i++) {
    const value = (max * i) / ticks;
    const y = plot.top + plot.height - (plot.height * i) / ticks;
    doc.moveTo(plot.left, y).lineTo(plot.left + plot.width, y).lineWidth(0.5).strokeColor(i === 0 ? AXIS : GRID).stroke();
    doc.fillColor(AXIS).fontSize(7).text(format(value), box.x, y - 3.5, { width: AXIS_WIDTH - 4, align: 'right', lineBreak: false });
  }
  return plot;
}

function categoryLabels(doc: PdfDoc, plot: Plot, categories: readonly string[]): void {
  const slot = plot.width / Math.max(1, categories.length);
  doc.fillColor(AXIS).fontSize(7);
  categories.forEach((c, i) => {
    doc.text(c, plot.left + i * slot, plot.top + plot.height + 4, { width: slot, align: 'center', height: LABEL_HEIGHT - 4, ellipsis: true });
  });
}

/** Vertical bars, one group per category and one bar per series, each bar labelled with its value. */
export function drawBarChart(doc: PdfDoc, box: ChartBox, spec: ChartSpec): void {
  const plot = frame(doc, box, spec);
  const slot = plot.width / Math.max(1, spec.categories.length);
  const groupWidth = slot * 0.75;
  const barWidth = groupWidth / Math.max(1, spec.series.length);
  spec.categories.forEach((_, ci) => {
    spec.series.forEach((s, si) => {
      const value = s.values[ci] ?? 0;
      const h = (plot.height * Math.max(0, value)) / plot.max;
      const x = plot.left + ci * slot + (slot - groupWidth) / 2 + si * barWidth;
      const y = plot.top + plot.height - h;
      doc.rect(x, y, barWidth - 1, h).fill(s.color ?? CHART_PALETTE[si % CHART_PALETTE.length]!);
      if (value > 0) doc.fillColor('#222222').fontSize(6.5).text(plot.format(value), x - 6, y - 9, { width: barWidth + 12, align: 'center', lineBreak: false });
    });
  });
  categoryLabels(doc, plot, spec.categories);
  doc.restore();
}

/** Lines through each series' values (a cumulative total against its target, say), with a dot at each point. */
export function drawLineChart(doc: PdfDoc, box: ChartBox, spec: ChartSpec): void {
  const plot = frame(doc, box, spec);
  const slot = plot.width / Math.max(1, spec.categories.length);
  spec.series.forEach((s, si) => {
    const color = s.color ?? CHART_PALETTE[si % CHART_PALETTE.length]!;
    const points = s.values.map((v, i) => [plot.left + slot * (i + 0.5), plot.top + plot.height - (plot.height * Math.max(0, v)) / plot.max] as const);
    if (points.length === 0) return;
    doc.moveTo(points[0]![0], points[0]![1]);
    for (const [x, y] of points.slice(1)) doc.lineTo(x, y);
    doc.lineWidth(si === 0 ? 2 : 1.5).strokeColor(color);
    if (si > 0) doc.dash(4, { space: 3 });
    doc.stroke().undash();
    for (const [x, y] of points) doc.circle(x, y, 2.2).fill(color);
    // The last value of each line is written beside it: where the series ends up is what a reader looks for.
    const [lx, ly] = points[points.length - 1]!;
    doc.fillColor(color).fontSize(7).text(plot.format(s.values[s.values.length - 1] ?? 0), lx - 30, ly - (si === 0 ? 12 : -4), { width: 60, align: 'center', lineBreak: false });
  });
  categoryLabels(doc, plot, spec.categories);
  doc.restore();
}
