// Downloads of the forecast (Bearer token; planners and the network's admin, their own body's territories only):
// GET /forecast-files/projects-template.csv, and /forecast-files/:territoryId/forecast.csv|xlsx|pdf with the scenario's
// multipliers and productive hours as query parameters, in the planner's language.
import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { DEFAULT_MULTIPLIERS, DEFAULT_PRODUCTIVE_HOURS, todayAt } from '@fit/shared';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import { Roles } from '../../common/auth/policy.decorators.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { writeCsv } from '../../common/csv.js';
import { badInput } from '../../common/errors/domain-error.js';
import { forecastPdf } from './forecast-pdf.js';
import { FORECAST_ROLES } from './forecast.resolver.js';
import { ForecastService } from './forecast.service.js';
import { forecastTable } from './forecast-table.js';
import { forecastXlsx } from './forecast-xlsx.js';
import { ProjectsService } from './projects.service.js';
import { SettingsService } from './settings.service.js';

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

const num = (value: string | undefined, fallback: number): number => (value === undefined || value === '' ? fallback : Number(value));

function send(res: Response, type: keyof typeof TYPES, name: string): void {
  res.setHeader('Content-Type', TYPES[type]);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

@Controller('forecast-files')
export class ForecastController {
  constructor(
    private readonly forecasts: ForecastService,
    private readonly projects: ProjectsService,
    private readonly settings: SettingsService,
  ) {}

  @Roles(...FORECAST_ROLES)
  @Get('projects-template.csv')
  template(@Res({ passthrough: true }) res: Response): string {
    send(res, 'csv', 'planned-projects-template.csv');
    return this.projects.template();
  }

  @Roles(...FORECAST_ROLES)
  @Get(':territoryId/forecast.:format')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) res: Response,
    @Param('territoryId') territoryId: string,
    @Param('format') format: string,
    @Query() query: Record<string, string | undefined>,
  ): Promise<string | StreamableFile> {
    if (format !== 'csv' && format !== 'xlsx' && format !== 'pdf') throw badInput('The forecast downloads as csv, xlsx or pdf.');
    const language = await this.settings.language(viewer);
    const forecast = await this.forecasts.forecast(viewer, {
      territoryId,
      multipliers: { low: num(query.low, DEFAULT_MULTIPLIERS.low), central: num(query.central, DEFAULT_MULTIPLIERS.central), high: num(query.high, DEFAULT_MULTIPLIERS.high) },
      productiveHours: num(query.productiveHours, DEFAULT_PRODUCTIVE_HOURS),
      firstYear: query.firstYear ? Number(query.firstYear) : null,
      language,
    });
    const name = `forecast-${todayAt()}.${format}`;
    send(res, format, name);
    // A bare Buffer would go out as JSON; a StreamableFile goes out as bytes.
    if (format === 'pdf') return new StreamableFile(await forecastPdf(forecast, language, todayAt()));
    if (format === 'xlsx') return new StreamableFile(await forecastXlsx(forecast, language));
    const { header, rows } = forecastTable(forecast, language);
    return writeCsv([header, ...rows.map((r) => r.map(String))]);
  }
}
