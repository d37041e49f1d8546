// GET /sites/:siteId/validations.bcf?from=YYYY-MM-DD&to=YYYY-MM-DD: the site's validations of practical work on
// elements as a BCF 3.0 archive, for staff of the site's organisation (Bearer token). Clients must not ask for HTML:
// a request accepting HTML gets the app shell (see pwa/serve-pwa.ts).
// POST /sites/:siteId/review-items/bcf: imports a BCF file's topics on elements as items to review on site.
import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { STAFF_ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { APP_CONFIG } from '../../common/config.token.js';
import { badInput } from '../../common/errors/domain-error.js';
import type { AppConfig } from '../../config/config.js';
import { MEDIA_STORAGE, type MediaStorage } from '../media/media-storage.js';
import { SitesService } from '../sites/sites.service.js';
import { readBody } from '../../common/http/read-body.js';
import { cleanFileName } from '../bim/bim-files.js';
import { exportSiteBcf } from './bcf-export.js';
import type { BcfImportResult } from './models/site-review-item.model.js';
import { MAX_BCF_BYTES, SiteReviewItemsService } from './site-review-items.service.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day or nothing; anything else is refused rather than silently widened to "all time". */
function day(value: string | undefined, name: string): string | null {
  if (!value?.trim()) return null;
  if (!DAY.test(value.trim()) || Number.isNaN(Date.parse(value.trim()))) throw badInput(`${name} must be a day written YYYY-MM-DD.`);
  return value.trim();
}

@Controller('sites/:siteId')
export class BcfController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sites: SitesService,
    private readonly reviewItems: SiteReviewItemsService,
  ) {}

  @Roles(...STAFF_ROLES)
  @Get('validations.bcf')
  async export(
    @CurrentViewer() viewer: Viewer,
    @Param('siteId') siteId: string,
    @Res({ passthrough: true }) res: Response,
    @Query('from') from?: string,
    @Query('to') to?: string,
  ): Promise<StreamableFile> {
    const period = { from: day(from, 'from'), to: day(to, 'to') };
    if (period.from && period.to && period.from > period.to) throw badInput('The period ends before it starts.');
    const site = await this.sites.ownedOrFail(viewer, siteId);
    const archive = await exportSiteBcf({ db: this.db, storage: this.storage, dataDir: this.config.dataDir }, viewer.organisationId, site.id, period);
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Disposition', `attachment; filename="${archive.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Bcf-Topics', String(archive.topics));
    return new StreamableFile(Buffer.from(archive.bytes.buffer, archive.bytes.byteOffset, archive.bytes.byteLength));
  }

  /** Body: a .bcf (or BCF 2.1 .bcfzip) file; its topics on elements become "to review on site" items. */
  @Roles(...STAFF_ROLES)
  @Post('review-items/bcf')
  @HttpCode(200)
  async import(
    @CurrentViewer() viewer: Viewer,
    @Param('siteId') siteId: string,
    @Req() req: Request,
    @Query('fileName') fileName?: string,
  ): Promise<BcfImportResult> {
    await this.sites.ownedOrFail(viewer, siteId);
    const bytes = await readBody(req, MAX_BCF_BYTES, 'BCF file');
    return this.reviewItems.importBcf(viewer, siteId, bytes, fileName ? cleanFileName(fileName) : null);
  }
}
