// Downloads of the clause reports (Bearer token, facilitators): PDF with charts, CSV and XLSX of the same lines.
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../../common/auth/policy.decorators.js';
import type { Viewer } from '../../../common/auth/viewer.js';
import { notFound } from '../../../common/errors/domain-error.js';
import type { ReportLanguage } from './report-labels.js';
import { reportPdf } from './report-pdf.js';
import { reportCsv, reportXlsx } from './report-sheets.js';
import { ClauseReportsService, type ClauseReport } from './reports.service.js';

const FORMATS = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
type Format = keyof typeof FORMATS;

const language = (lang: string | undefined, viewer: Viewer): ReportLanguage =>
  lang === 'en' || lang === 'fr' ? lang : viewer.profile?.language === 'en' ? 'en' : 'fr';

@Controller('social-clause')
export class ClauseReportsController {
  constructor(private readonly reports: ClauseReportsService) {}

  @Roles('facilitator')
  @Get('contracts/:id/report.:format')
  async contract(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Param('format') format: string, @Res() res: Response, @Query('lang') lang?: string): Promise<void> {
    const f = checkedFormat(format);
    const l = language(lang, viewer);
    await send(res, f, l, await this.reports.contractReport(viewer, id, l));
  }

  @Roles('facilitator')
  @Get('years/:year/report.:format')
  async yearly(@CurrentViewer() viewer: Viewer, @Param('year') year: string, @Param('format') format: string, @Res() res: Response, @Query('lang') lang?: string): Promise<void> {
    const f = checkedFormat(format);
    const l = language(lang, viewer);
    await send(res, f, l, await this.reports.yearlyReport(viewer, Number(year), l));
  }
}

function checkedFormat(format: string): Format {
  if (!(format in FORMATS)) throw notFound('This report format');
  return format as Format;
}

async function send(res: Response, format: Format, lang: ReportLanguage, report: ClauseReport): Promise<void> {
  const body =
    format === 'pdf'
      ? await reportPdf(lang, report.header, report.totals)
      : format === 'csv'
        ? Buffer.from(`\uFEFF${reportCsv(lang, report.lines)}`, 'utf8')
        : await reportXlsx(lang, report.header.title, report.lines, report.totals);
  res.setHeader('Content-Type', FORMATS[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${report.fileName}.${format}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(body);
}
