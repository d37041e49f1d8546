// Downloads of a person's data (Bearer token): everything FIT holds about them as JSON, and their passport as PDF.
// Their own, or (manager, admin) a worker's of the organisation, limited to what the organisation holds.
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { ROLES, todayAt } from '@fit/shared';
import { APP_CONFIG } from '../../common/config.token.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { AppConfig } from '../../config/config.js';
import { dataSubject } from './data-subject.js';
import { exportPersonalData } from './personal-data-export.js';
import { passportPdf } from './passport-pdf.js';

const privateDownload = (res: Response, type: string, name: string) => {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
};

@Controller('personal-data')
export class PersonalDataController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles(...ROLES)
  @Get('export.json')
  async exportJson(@CurrentViewer() viewer: Viewer, @Res({ passthrough: true }) res: Response, @Query('workerId') workerId?: string): Promise<string> {
    const subject = await dataSubject(this.db, viewer, workerId?.trim() || null);
    const data = await exportPersonalData(this.db, subject, this.config.publicUrl);
    privateDownload(res, 'application/json; charset=utf-8', `fit-personal-data-${todayAt()}.json`);
    return JSON.stringify(data, null, 2);
  }

  @Roles(...ROLES)
  @Get('passport.pdf')
  async passport(
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
    @Query('workerId') workerId?: string,
    @Query('lang') lang?: string,
  ): Promise<void> {
    const subject = await dataSubject(this.db, viewer, workerId?.trim() || null);
    const pdf = await passportPdf(this.db, subject, lang === 'en' ? 'en' : 'fr');
    privateDownload(res, 'application/pdf', `fit-passport-${todayAt()}.pdf`);
    // Bytes as they are (a returned Buffer would be given a text charset).
    res.end(pdf);
  }
}
