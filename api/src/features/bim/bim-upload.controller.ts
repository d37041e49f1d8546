// POST /sites/:siteId/models: the raw IFC file as the request body, streamed to disk; parsing happens in a job.
import { Controller, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STAFF_ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { BimModelsService } from './bim-models.service.js';
import { toModel } from './bim.resolver.js';
import type { BimModel } from './models/bim-model.model.js';

@Controller('sites/:siteId/models')
export class BimUploadController {
  constructor(private readonly models: BimModelsService) {}

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
}
