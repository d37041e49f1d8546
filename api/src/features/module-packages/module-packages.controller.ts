// REST routes to export a module version as a zip and to import one (binary bodies do not fit GraphQL well).
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { readBody } from '../../common/http/read-body.js';
import { AUTHOR_ROLES } from '@fit/shared';
import { ModulePackagesService } from './module-packages.service.js';
import { PACKAGE_LIMITS } from './package-format.js';

const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];

@Controller('modules')
export class ModulePackagesController {
  constructor(private readonly packages: ModulePackagesService) {}

  @Roles(...AUTHOR_ROLES)
  @Get('versions/:id/export')
  async export(@CurrentViewer() viewer: Viewer, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { fileName, bytes } = await this.packages.export(viewer, id);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  /** `POST /modules/import` with the zip as the body; 201 with the new draft, or 422 with every reason. */
  @Roles(...AUTHOR_ROLES)
  @Post('import')
  async import(@CurrentViewer() viewer: Viewer, @Req() req: Request, @Res() res: Response): Promise<void> {
    const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!ZIP_TYPES.includes(type)) {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the module package as the request body with Content-Type: application/zip.');
    }
    const bytes = await readBody(req, PACKAGE_LIMITS.maxPackageBytes, 'package');
    const result = await this.packages.import(viewer, bytes);
    res.status(result.imported ? 201 : 422).json(result);
  }
}
