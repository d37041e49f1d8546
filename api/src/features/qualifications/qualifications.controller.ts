// GET /qualifications/matrix.csv: the team matrix as a file to download (Bearer token; staff, own organisation only),
// in French or English (`?lang=fr|en`, default the person's own language).
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { STAFF_ROLES, todayAt } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput } from '../../common/errors/domain-error.js';
import { isMatrixCsvLanguage, type MatrixCsvLanguage } from './matrix-csv-words.js';
import { MatrixCsvService } from './matrix-csv.service.js';

const orNull = (v?: string) => (v?.trim() ? v.trim() : null);

@Controller('qualifications')
export class QualificationsController {
  constructor(private readonly matrixCsvService: MatrixCsvService) {}

  @Roles(...STAFF_ROLES)
  @Get('matrix.csv')
  async matrixCsv(
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) res: Response,
    @Query('siteId') siteId?: string,
    @Query('teamId') teamId?: string,
    @Query('scheme') scheme?: string,
    @Query('lang') lang?: string,
  ): Promise<string> {
    const wanted = orNull(lang);
    let language: MatrixCsvLanguage;
    if (!wanted) language = await this.matrixCsvService.csvLanguageOf(viewer);
    else if (isMatrixCsvLanguage(wanted)) language = wanted;
    else throw badInput(`lang must be fr or en, not "${wanted}".`);
    const csv = await this.matrixCsvService.teamMatrixCsv(viewer, orNull(siteId), orNull(teamId), orNull(scheme), language);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="team-matrix-${todayAt()}.csv"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return csv;
  }
}
