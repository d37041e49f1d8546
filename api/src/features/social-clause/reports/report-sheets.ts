// The report's lines as CSV (the project's writer, formula-guarded) and XLSX (exceljs): one line per participant and
// month, so every figure of the PDF is the sum of some of these lines.
import ExcelJS from 'exceljs';
import { writeCsv } from '../../../common/csv.js';
import { REPORT_LABELS, type ReportLanguage } from './report-labels.js';
import type { ReportLine, ReportTotals } from './report-data.js';

function header(lang: ReportLanguage): string[] {
  const t = REPORT_LABELS[lang];
  return [t.month, t.contract, t.lot, t.company, t.participant, t.category, t.hoursWorked, t.trainingHours, t.total];
}

const cells = (lang: ReportLanguage, l: ReportLine) => [l.month, l.contract, l.lot, l.company, l.participant, REPORT_LABELS[lang].categories[l.category] ?? l.category];

/** Numbers with a dot, whatever the language: spreadsheets and scripts read them back exactly. */
export function reportCsv(lang: ReportLanguage, lines: readonly ReportLine[]): string {
  return writeCsv([header(lang), ...lines.map((l) => [...cells(lang, l), String(l.hoursWorked), String(l.trainingHours), String(l.total)])]);
}

export async function reportXlsx(lang: ReportLanguage, title: string, lines: readonly ReportLine[], totals: ReportTotals): Promise<Buffer> {
  const t = REPORT_LABELS[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'FIT';
  const sheet = book.addWorksheet(t.hours);
  sheet.addRow(header(lang)).font = { bold: true };
  for (const l of lines) sheet.addRow([...cells(lang, l), l.hoursWorked, l.trainingHours, l.total]);
  sheet.columns.forEach((c) => (c.width = 18));
  const summary = book.addWorksheet(t.total);
  summary.addRow([title]).font = { bold: true };
  summary.addRow([t.achieved, totals.hours]);
  summary.addRow([t.target, totals.targetHours]);
  summary.addRow([t.fte, totals.fte]);
  summary.addRow([t.participants, totals.participants]);
  summary.addRow([]);
  summary.addRow([t.month, t.hours, t.cumulativeSeries, t.targetSeries]).font = { bold: true };
  for (const m of totals.byMonth) summary.addRow([m.key, m.hours, m.cumulative, m.target]);
  summary.getColumn(1).width = 40;
  return Buffer.from(await book.xlsx.writeBuffer());
}
