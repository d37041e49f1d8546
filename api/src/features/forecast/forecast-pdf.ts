// The forecast's summary for a steering committee (A4, French or English): the scenarios side by side, needs
// against supply by year and the largest gaps as vector charts, and the training plan. Drawn with pdfkit like the
// passport and the certificate.
import PDFDocument from 'pdfkit';
import { groupedBarChart, horizontalBarChart } from '../../common/pdf/bar-chart.js';
import type { Forecast } from './models/forecast-result.models.js';
import { centralNeedsAndSupply, centralTopGaps, round } from './forecast-table.js';
import { FORECAST_WORDS, type FileLanguage } from './forecast-words.js';

const BLUE = '#1f4e79';
const ORANGE = '#b35900';
const GREEN = '#2e7d32';

// pdfkit's built-in Helvetica speaks WinAnsi: typographic signs outside it would print as garbage.
const plain = (text: string): string => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/×/g, 'x').replace(/≤/g, '<=');

export function forecastPdf(f: Forecast, lang: FileLanguage, today: string): Promise<Buffer> {
  const t = FORECAST_WORDS[lang];
  const pdf = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `${t.title} — ${f.territoryName}`, Author: 'FIT' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  const width = pdf.page.width - 96;
  const number = (x: number, digits = 0) => round(x, digits).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB').replace(/\u202f|\u00a0/g, ' ');

  pdf.fillColor(BLUE).font('Helvetica-Bold').fontSize(20).text(plain(t.title));
  pdf.fillColor('#222').fontSize(14).text(plain(`${t.territory} : ${f.territoryName}`.replace(' :', lang === 'fr' ? ' :' : ':')));
  pdf.font('Helvetica').fontSize(9).fillColor('#444');
  pdf.text(plain(`${t.made} ${today} · ${t.productiveHours} : ${f.productiveHours} · ${t.companies} : ${f.sharingCompanies}`));

  // Scenarios side by side.
  pdf.moveDown(0.8).fillColor('#222').font('Helvetica-Bold').fontSize(12).text(plain(t.scenario));
  const cols = [t.scenario, t.multiplier, t.hours, t.workers, t.peopleToTrain].map(plain);
  const colWidth = width / cols.length;
  let y = pdf.y + 4;
  pdf.fontSize(9);
  cols.forEach((c, i) => pdf.text(c, 48 + i * colWidth, y, { width: colWidth - 6 }));
  y += 24;
  pdf.font('Helvetica');
  for (const s of f.scenarios) {
    const cells = [t.scenarios[s.kind as keyof typeof t.scenarios], `x ${number(s.multiplier, 2)}`, number(s.totalHours), number(s.peakWorkers, 1), number(s.peopleToTrain)];
    cells.forEach((c, i) => pdf.text(c, 48 + i * colWidth, y, { width: colWidth - 6 }));
    y += 14;
  }

  y += 12;
  pdf.font('Helvetica-Bold').fontSize(12).fillColor('#222').text(plain(t.needsVsSupply), 48, y);
  const bars = centralNeedsAndSupply(f);
  groupedBarChart(pdf, { x: 48, y: y + 20, width, height: 170 }, bars.map((b) => String(b.year)), [
    { label: plain(t.needLegend), color: ORANGE, values: bars.map((b) => b.needed) },
    { label: plain(t.heldLegend), color: BLUE, values: bars.map((b) => b.held) },
  ]);

  y += 210;
  pdf.font('Helvetica-Bold').fontSize(12).fillColor('#222').text(plain(t.topGaps), 48, y);
  const gaps = centralTopGaps(f);
  if (gaps.length === 0) pdf.font('Helvetica').fontSize(10).text(plain(t.none), 48, y + 20);
  else horizontalBarChart(pdf, { x: 48, y: y + 20, width, height: 150 }, gaps.map((g) => ({ label: plain(`${g.ulo} ${g.title}`), value: g.gap })), GREEN);

  pdf.addPage();
  pdf.font('Helvetica-Bold').fontSize(12).fillColor('#222').text(plain(t.plan));
  pdf.font('Helvetica').fontSize(9).moveDown(0.3);
  if (f.plan.modules.length === 0 && f.plan.uncovered.length === 0) pdf.text(plain(t.none));
  for (const m of f.plan.modules) {
    pdf.font('Helvetica-Bold').text(plain(m.title), { width });
    pdf.font('Helvetica').text(plain(`${m.ulos.join(', ')} · ${t.learners} : ${m.learners} · ${t.trainingHours} : ${number(m.hours, 1)}`), { width, indent: 8 });
    pdf.moveDown(0.2);
  }
  pdf.moveDown(0.4).font('Helvetica-Bold').text(plain(`${t.trainingHours} : ${number(f.plan.hours, 1)}`));
  if (f.plan.uncovered.length) pdf.font('Helvetica').text(plain(`${t.uncovered} : ${f.plan.uncovered.join(', ')}`), { width });
  pdf.end();
  return done;
}
