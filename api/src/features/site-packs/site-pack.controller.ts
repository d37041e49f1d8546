// REST routes of the site pack: the manifest, each version's content and the building model's geometry, for the tablet's "Download for offline".
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/policy.decorators.js';
import { GEOMETRY_CONTENT_TYPE } from '../bim/bim-geometry.service.js';
import { deviceToken } from '../tablets/device-token.js';
import { SitePackService } from './site-pack.service.js';
import { answeredNotModified } from '../../common/http/not-modified.js';

@Controller('site-pack')
export class SitePackController {
  constructor(private readonly packs: SitePackService) {}

  /**
   * Public to the user, but the service requires the tablet's X-Device-Token: the device is the credential, and the
   * pack is always its own site's. `If-None-Match` with the last etag answers 304 when nothing changed.
   */
  @Public()
  @Get()
  async manifest(@Req() req: Request, @Res() res: Response): Promise<void> {
    const manifest = await this.packs.manifest(deviceToken(req));
    // PIN hashes: never kept by a shared cache or the HTTP cache; the tablet keeps its copy in IndexedDB.
    if (answeredNotModified(req, res, manifest.etag, 'private, no-store')) return;
    res.json(manifest);
  }

  @Public()
  @Get('versions/:id')
  async version(@Req() req: Request, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const version = await this.packs.version(deviceToken(req), id);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${version.etag}"`);
    res.json({ id: version.id, content: version.content });
  }

  /** The compact geometry of the site's current building model (gzip "FITG" bytes, as stored). */
  @Public()
  @Get('models/:id/geometry')
  async geometry(@Req() req: Request, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const file = await this.packs.modelGeometry(deviceToken(req), id);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${file.sha256}"`);
    res.setHeader('Content-Type', GEOMETRY_CONTENT_TYPE);
    res.setHeader('Content-Length', String(file.bytes));
    file.stream.pipe(res);
  }
}
