// Vector bar charts drawn with pdfkit (no image): grouped vertical bars with a legend, and horizontal bars with
// labels. Axis figures are whole numbers; colours come from the caller.
import type PDFKit from 'pdfkit';

export interface BarSeries {
  label: string;
  color: string;
  values: number[];
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const niceMax = (max: number): number => {
  if (max <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
};

/** Grouped vertical bars: one group per category, one bar per series, the legend above. */
export function groupedBarChart(pdf: PDFKit.PDFDocument, box: Box, categories: string[], series: BarSeries[]): void {
  const legendHeight = 16;
  const axisWidth = 36;
  const labelHeight = 14;
  const plot = { x: box.x + axisWidth, y: box.y + legendHeight, width: box.width - axisWidth, height: box.height - legendHeight - labelHeight };
  let lx = plot.x;
  for (const s of series) {
    pdf.rect(lx, box.y + 2, 9, 9).fill(s.color);
    pdf.fillColor('#222').fontSize(8).text(s.label, lx + 12, box.y + 2, { lineBreak: false });
    lx += 24 + pdf.widthOfString(s.label);
  }
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  for (const tick of [0, 0.5, 1]) {
    const y = plot.y + plot.height * (1 - tick);
    pdf.moveTo(plot.x, y).lineTo(plot.x + plot.width, y).lineWidth(0.4).strokeColor('#bbb').stroke();
    pdf.fillColor('#444').fontSize(7).text(String(Math.round(max * tick)), box.x, y - 4, { width: axisWidth - 4, align: 'right', lineBreak: false });
  }
  const groupWidth = plot.width / Math.max(1, categories.length);
  const barWidth = (groupWidth * 0.7) / Math.max(1, series.length);
  categories.forEach((category, i) => {
    const gx = plot.x + i * groupWidth + groupWidth * 0.15;
    series.forEach((s, j) => {
      const h = (plot.height * (s.values[i] ?? 0)) / max;
      if (h > 0) pdf.rect(gx + j * barWidth, plot.y + plot.height - h, barWidth - 1, h).fill(s.color);
    });
    pdf.fillColor('#222').fontSize(8).text(category, plot.x + i * groupWidth, plot.y + plot.height + 3, { width: groupWidth, align: 'center', lineBreak: false });
  });
}

/** Horizontal bars, one per row, label on the left and the figure at the bar's end. */
export function horizontalBarChart(pdf: PDFKit.PDFDocument, box: Box, rows: { label: string; value: number }[], color: string): void {
  const labelWidth = box.width * 0.45;
  const rowHeight = Math.min(18, box.height / Math.max(1, rows.length));
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value)));
  const barSpace = box.width - labelWidth - 30;
  rows.forEach((row, i) => {
    const y = box.y + i * rowHeight;
    pdf.fillColor('#222').fontSize(8).text(row.label, box.x, y + 3, { width: labelWidth - 6, height: rowHeight, ellipsis: true, lineBreak: false });
    const w = (barSpace * row.value) / max;
    if (w > 0) pdf.rect(box.x + labelWidth, y + 2, w, rowHeight - 5).fill(color);
    pdf.fillColor('#222').fontSize(8).text(String(row.value), box.x + labelWidth + w + 4, y + 3, { lineBreak: false });
  });
}
