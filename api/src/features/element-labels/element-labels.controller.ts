// GET /sites/:siteId/element-labels.pdf?moduleId=&ifcClass=&storey=: an A4 sheet of QR labels for the elements the
// module is bound to in the site's current model (staff, Bearer token; not an HTML request, see pwa/serve-pwa.ts).
import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { STAFF_ROLES } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { ElementLabelsService } from './element-labels.service.js';

const orNull = (v?: string) => (v?.trim() ? v.trim() : null);

@Controller('sites/:siteId')
export class ElementLabelsController {
  constructor(private readonly labels: ElementLabelsService) {}

  @Roles(...STAFF_ROLES)
  @Get('element-labels.pdf')
  async sheet(
    @CurrentViewer() viewer: Viewer,
    @Param('siteId') siteId: string,
    @Res({ passthrough: true }) res: Response,
    @Query('moduleId') moduleId?: string,
    @Query('ifcClass') ifcClass?: string,
    @Query('storey') storey?: string,
  ): Promise<StreamableFile> {
    const { pdf, labels } = await this.labels.sheet(viewer, siteId, moduleId ?? '', { ifcClass: orNull(ifcClass), storey: orNull(storey) });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', 'attachment; filename="element-labels.pdf"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Label-Count', String(labels));
    return new StreamableFile(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  }
}
