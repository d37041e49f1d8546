// GET /afest-files/:id/file.pdf and /afest-files/:id/file.csv: the traceability file to download (Bearer token; staff of the
// AFEST's organisation, or its worker), in French or English (`?lang=fr|en`, default the person's own language).
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/domain-error.js';
import { afestCsv } from './afest-timeline.js';
import { afestPdf } from './afest-pdf.js';
import { AfestService } from './afest.service.js';
import { isFileLanguage, type FileLanguage } from './afest-words.js';

const download = (res: Response, type: string, name: string) => {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
};

@Controller('afest-files')
export class AfestController {
  constructor(private readonly afests: AfestService) {}

  @Roles(...ROLES)
  @Get(':id/file.pdf')
  async pdf(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() res: Response, @Query('lang') lang?: string): Promise<void> {
    const record = await this.afests.one(viewer, id);
    const pdf = await afestPdf(record, await this.language(viewer, lang));
    download(res, 'application/pdf', `afest-${record.id.slice(0, 8)}.pdf`);
    // Bytes as they are (a returned Buffer would be given a text charset).
    res.end(pdf);
  }

  @Roles(...ROLES)
  @Get(':id/file.csv')
  async csv(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res({ passthrough: true }) res: Response, @Query('lang') lang?: string): Promise<string> {
    const record = await this.afests.one(viewer, id);
    const csv = afestCsv(record, await this.language(viewer, lang));
    download(res, 'text/csv; charset=utf-8', `afest-${record.id.slice(0, 8)}.csv`);
    return csv;
  }

  private async language(viewer: Viewer, wanted?: string): Promise<FileLanguage> {
    const lang = wanted?.trim();
    if (!lang) return this.afests.languageOf(viewer);
    if (!isFileLanguage(lang)) throw badInput(`lang must be fr or en, not "${lang}".`);
    return lang;
  }
}
