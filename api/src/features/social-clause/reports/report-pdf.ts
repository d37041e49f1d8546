// The clause report on paper (A4): the contract's (or the year's) key figures, then charts a buyer reads — hours by
// month, cumulative against the target, by category, by company (and lot) — drawn as vector graphics.
import { drawBarChart, drawLineChart } from '../../../common/pdf/charts.js';
import { startPdf } from '../../../common/pdf/document.js';
import { REPORT_LABELS, formatHours, type ReportLanguage } from './report-labels.js';
import type { ReportTotals } from './report-data.js';

export interface ReportHeader {
  heading: 'contract' | 'yearly';
  title: string;
  /** Label → value lines under the title (buyer, reference, period…). */
  facts: [string, string][];
}

export function reportPdf(lang: ReportLanguage, header: ReportHeader, totals: ReportTotals): Promise<Buffer> {
  const t = REPORT_LABELS[lang];
  const h = (v: number) => formatHours(lang, v);
  const { doc, done, width } = startPdf({ Title: `${header.heading === 'contract' ? t.contractHeading : t.yearlyHeading} — ${header.title}` }, 48);
  const x = 48;
  doc.fillColor('#1f4e79').font('Helvetica-Bold').fontSize(18).text(header.heading === 'contract' ? t.contractHeading : t.yearlyHeading);
  doc.moveDown(0.2).fillColor('#222').fontSize(14).text(header.title, { width });
  doc.font('Helvetica').fontSize(10).fillColor('#444');
  for (const [label, value] of [...header.facts, [t.made, new Date().toISOString().slice(0, 10)] as [string, string]]) doc.text(`${label} : ${value}`, { width });
  doc.moveDown(0.6).fillColor('#222').font('Helvetica-Bold').fontSize(12);
  doc.text(`${t.achieved} : ${h(totals.hours)} h / ${t.target} ${h(totals.targetHours)} h (${totals.percent} %)`, { width });
  doc.font('Helvetica').fontSize(11).text(`${t.fte} : ${h(totals.fte)}    ${t.participants} : ${totals.participants}`, { width });
  doc.fontSize(9).fillColor('#444').text(t.csvNote, { width });

  const months = totals.byMonth.map((m) => m.key);
  let y = doc.y + 14;
  drawBarChart(doc, { x, y, width, height: 200 }, { title: t.byMonth, categories: months, series: [{ label: t.hours, values: totals.byMonth.map((m) => m.hours) }], format: h });
  y += 220;
  drawLineChart(doc, { x, y, width, height: 200 }, {
    title: t.cumulative,
    categories: months,
    series: [
      { label: t.cumulativeSeries, values: totals.byMonth.map((m) => m.cumulative) },
      { label: t.targetSeries, values: totals.byMonth.map((m) => m.target), color: '#555555' },
    ],
    format: h,
  });
  doc.addPage();
  y = 48;
  const categories = totals.byCategory.map((c) => t.categories[c.key] ?? c.key);
  drawBarChart(doc, { x, y, width, height: 220 }, { title: t.byCategory, categories, series: [{ label: t.hours, values: totals.byCategory.map((c) => c.hours), color: '#009E73' }], format: h });
  y += 240;
  drawBarChart(doc, { x, y, width, height: 220 }, { title: t.byCompany, categories: totals.byCompany.map((c) => c.key), series: [{ label: t.hours, values: totals.byCompany.map((c) => c.hours), color: '#D55E00' }], format: h });
  if (totals.byLot.length > 0) {
    y += 240;
    drawBarChart(doc, { x, y, width, height: 220 }, {
      title: t.byLot,
      categories: totals.byLot.map((l) => l.key),
      series: [
        { label: t.hours, values: totals.byLot.map((l) => l.hours) },
        { label: t.target, values: totals.byLot.map((l) => l.target), color: '#888888' },
      ],
      format: h,
    });
  }
  doc.end();
  return done;
}
