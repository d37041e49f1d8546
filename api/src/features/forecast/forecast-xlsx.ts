// The forecast as an Excel workbook (exceljs): the full table, and the training plan on its own sheet.
import ExcelJS from 'exceljs';
import type { Forecast } from './models/forecast-result.models.js';
import { forecastTable } from './forecast-table.js';
import { FORECAST_WORDS, type FileLanguage } from './forecast-words.js';

export async function forecastXlsx(f: Forecast, lang: FileLanguage): Promise<Buffer> {
  const t = FORECAST_WORDS[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'FIT';
  const { header, rows } = forecastTable(f, lang);
  const sheet = book.addWorksheet(t.title.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  rows.forEach((r) => sheet.addRow(r));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((c) => (c.width = 16));
  const plan = book.addWorksheet(t.plan.slice(0, 31));
  plan.addRow([t.module, t.ulo, t.learners, t.trainingHours]).font = { bold: true };
  f.plan.modules.forEach((m) => plan.addRow([m.title, m.ulos.join(', '), m.learners, m.hours]));
  if (f.plan.uncovered.length) plan.addRow([t.uncovered, f.plan.uncovered.join(', ')]);
  plan.getColumn(1).width = 50;
  return Buffer.from(await book.xlsx.writeBuffer());
}
