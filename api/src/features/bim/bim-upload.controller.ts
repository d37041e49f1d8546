// POST /sites/:siteId/models: the raw IFC file as the request body, streamed to disk; parsing happens in a job.
// GET /sites/:siteId/models/:modelId/file: the stored IFC file, for the 3D viewer.
// GET /sites/:siteId/models/:modelId/geometry: its compact geometry (gzip), which viewers prefer (see ifc-geometry.ts).
import { createReadStream } from 'node:fs';
import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ROLES, STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { BimGeometryService, GEOMETRY_CONTENT_TYPE } from './bim-geometry.service.js';
import { BimModelsService } from './bim-models.service.js';
import { toModel } from './bim.resolver.js';
import type { BimModel } from './models/bim-model.model.js';
import { answeredNotModified, IMMUTABLE_PRIVATE } from '../../common/http/not-modified.js';

@Controller('sites/:siteId/models')
export class BimUploadController {
  constructor(
    private readonly models: BimModelsService,
    private readonly geometry: BimGeometryService,
  ) {}

  /** Body: the .ifc file (any content type but JSON or form data). File name from ?fileName= or X-File-Name. */
  @Roles(...STAFF_ROLES)
  @Post()
  @HttpCode(201)
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param('siteId') siteId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Query('fileName') fileNameQuery?: string,
    @Headers('x-file-name') fileNameHeader?: string,
    @Headers('content-length') contentLength?: string,
  ): Promise<BimModel> {
    const declared = contentLength !== undefined ? Number(contentLength) : undefined;
    try {
      const model = await this.models.upload(viewer, siteId, req, fileNameQuery ?? fileNameHeader, declared);
      return toModel(model);
    } catch (error) {
      // Refused before the body was read: close the connection rather than let the client send it all.
      if (!req.readableEnded) res.setHeader('Connection', 'close');
      throw error;
    }
  }

  /**
   * Any member of the site's organisation (workers see the model in a module's BIM step). A version's file never
   * changes, so it is cacheable for offline use by its URL. Clients must send `Accept: application/octet-stream`:
   * a request accepting HTML gets the app shell (see pwa/serve-pwa.ts).
   */
  @Roles(...ROLES)
  @Get(':modelId/file')
  async file(
    @CurrentViewer() viewer: Viewer,
    @Param('siteId') siteId: string,
    @Param('modelId') modelId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.models.fileForViewer(viewer, siteId, modelId);
    if (answeredNotModified(req, res, file.sha256, IMMUTABLE_PRIVATE)) return;
    const stream = createReadStream(file.path);
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', () => reject(new DomainError('NOT_FOUND', 'This model file is missing from storage.')));
    });
    res.setHeader('Content-Type', 'application/x-step');
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`);
    stream.pipe(res);
  }

  /**
   * Same audience and caching as the file. The body is the gzip-compressed "FITG" file itself (not a transfer
   * encoding), so it is cached and checked by its SHA-256 exactly as stored. 404 until the geometry job has run.
   */
  @Roles(...ROLES)
  @Get(':modelId/geometry')
  async geometryFile(
    @CurrentViewer() viewer: Viewer,
    @Param('siteId') siteId: string,
    @Param('modelId') modelId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.geometry.openForViewer(viewer, siteId, modelId);
    if (answeredNotModified(req, res, file.sha256, IMMUTABLE_PRIVATE)) {
      file.stream.destroy();
      return;
    }
    res.setHeader('Content-Type', GEOMETRY_CONTENT_TYPE);
    res.setHeader('Content-Length', String(file.bytes));
    file.stream.pipe(res);
  }
}
