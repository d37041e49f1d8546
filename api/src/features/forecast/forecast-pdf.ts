// The forecast's summary for a steering committee (A4, French or English): the scenarios side by side, needs
// against supply by year and the largest gaps as vector charts, and the training plan. Drawn with pdfkit like the
// passport and the certificate.
import { drawBarChart } from '../../common/pdf/charts.js';
import { startPdf } from '../../common/pdf/document.js';
import type { Forecast } from './models/forecast-result.models.js';
import { centralNeedsAndSupply, centralTopGaps, round } from './forecast-table.js';
import { FORECAST_WORDS, type FileLanguage } from './forecast-words.js';

const BLUE = '#1f4e79';

// pdfkit's built-in Helvetica speaks WinAnsi: typographic signs outside it would print as garbage.
const plain = (text: string): string => text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/×/g, 'x').replace(/≤/g, '<=');

export function forecastPdf(f: Forecast, lang: FileLanguage, today: string): Promise<Buffer> {
  const t = FORECAST_WORDS[lang];
  // French puts a space before a colon, English does not.
  const colon = lang === 'fr' ? ' :' : ':';
  const { doc: pdf, done, width } = startPdf({ Title: `${t.title} — ${f.territoryName}` }, 48);
  const number = (x: number, digits = 0) => round(x, digits).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB').replace(/\u202f|\u00a0/g, ' ');

  pdf.fillColor(BLUE).font('Helvetica-Bold').fontSize(20).text(plain(t.title));
  pdf.fillColor('#222').fontSize(14).text(plain(`${t.territory}${colon} ${f.territoryName}`));
  pdf.font('Helvetica').fontSize(9).fillColor('#444');
  pdf.text(plain(`${t.made} ${lang === 'fr' ? today.split('-').reverse().join('/') : today} · ${t.productiveHours}${colon} ${f.productiveHours} · ${t.companies}${colon} ${f.sharingCompanies}`));

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
  const bars = centralNeedsAndSupply(f);
  drawBarChart(pdf, { x: 48, y, width, height: 200 }, {
    title: plain(t.needsVsSupply),
    categories: bars.map((b) => String(b.year)),
    series: [
      { label: plain(t.needLegend), values: bars.map((b) => b.needed) },
      { label: plain(t.heldLegend), values: bars.map((b) => b.held) },
    ],
  });

  y += 230;
  const gaps = centralTopGaps(f);
  if (gaps.length === 0) pdf.font('Helvetica-Bold').fontSize(12).fillColor('#222').text(plain(`${t.topGaps}${colon} ${t.none}`), 48, y);
  else {
    drawBarChart(pdf, { x: 48, y, width, height: 200 }, { title: plain(t.topGaps), categories: gaps.map((g) => g.ulo), series: [{ label: plain(t.gap), values: gaps.map((g) => g.gap) }] });
    // The chart names ULOs by code; their titles follow.
    pdf.font('Helvetica').fontSize(8).fillColor('#222');
    let ty = y + 210;
    for (const g of gaps) {
      pdf.text(plain(`${g.ulo}${colon} ${g.title}`), 48, ty, { width, lineBreak: false, ellipsis: true });
      ty += 11;
    }
  }

  pdf.addPage();
  pdf.font('Helvetica-Bold').fontSize(12).fillColor('#222').text(plain(t.plan));
  pdf.font('Helvetica').fontSize(9).moveDown(0.3);
  if (f.plan.modules.length === 0 && f.plan.uncovered.length === 0) pdf.text(plain(t.none));
  for (const m of f.plan.modules) {
    pdf.font('Helvetica-Bold').text(plain(m.title), { width });
    pdf.font('Helvetica').text(plain(`${m.ulos.join(', ')} · ${t.learners}${colon} ${m.learners} · ${t.trainingHours}${colon} ${number(m.hours, 1)}`), { width, indent: 8 });
    pdf.moveDown(0.2);
  }
  pdf.moveDown(0.4).font('Helvetica-Bold').text(plain(`${t.trainingHours}${colon} ${number(f.plan.hours, 1)}`));
  if (f.plan.uncovered.length) pdf.font('Helvetica').text(plain(`${t.uncovered}${colon} ${f.plan.uncovered.join(', ')}`), { width });
  pdf.end();
  return done;
}
