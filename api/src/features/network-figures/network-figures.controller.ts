// The CSV download of the network figures (Bearer token), in the user's language unless ?lang= says otherwise.
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { figuresCsv, type FiguresLanguage } from './figures-csv.js';
import { FIGURE_READERS } from './network-figures.resolver.js';
import { NetworkFiguresService } from './network-figures.service.js';

@Controller('network-figures')
export class NetworkFiguresController {
  constructor(private readonly service: NetworkFiguresService) {}

  @Roles(...FIGURE_READERS)
  @Get('figures.csv')
  async csv(@CurrentViewer() viewer: Viewer, @Res() res: Response, @Query('lang') lang?: string, @Query('months') months?: string): Promise<void> {
    const l: FiguresLanguage = lang === 'en' || lang === 'fr' ? lang : viewer.profile?.language === 'en' ? 'en' : 'fr';
    const figures = await this.service.figures(viewer, Number(months) || 12);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="network-figures.csv"');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(Buffer.from(`\uFEFF${figuresCsv(l, figures)}`, 'utf8'));
  }
}
