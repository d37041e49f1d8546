// The xAPI Statement API subset at /xapi/statements: POST one or many, PUT by id, GET by id or by filters.
import { Body, Controller, Get, Headers, HttpCode, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import type { Statement } from '@fit/shared';
import { Public } from '../../common/auth/policy.decorators.js';
import { badInput } from '../../common/errors/domain-error.js';
import { StatementIngestService } from './statement-ingest.service.js';
import { StatementQueryService, type StatementFilters } from './statement-query.service.js';
import type { RequestWithXapi, XapiPrincipal } from './xapi-principal.js';
import { XapiAuthGuard } from './xapi-auth.guard.js';

interface DeviceHeaders {
  deviceTime?: string;
  deviceId?: string;
}

// Public to the app's guard: xAPI clients authenticate with HTTP Basic or a bearer token in XapiAuthGuard instead.
@Public()
@UseGuards(XapiAuthGuard)
@Controller('xapi/statements')
export class XapiStatementsController {
  constructor(
    private readonly ingest: StatementIngestService,
    private readonly query: StatementQueryService,
  ) {}

  @Post()
  @HttpCode(200)
  async post(
    @Req() req: RequestWithXapi,
    @Body() body: unknown,
    @Headers('x-fit-device-time') deviceTime?: string,
    @Headers('x-fit-device-id') deviceId?: string,
  ): Promise<string[]> {
    const statements = Array.isArray(body) ? body : [body];
    const result = await this.ingest.ingest(statements, options(req, { deviceTime, deviceId }));
    return result.ids;
  }

  @Put()
  @HttpCode(204)
  async put(
    @Req() req: RequestWithXapi,
    @Query('statementId') statementId: string | undefined,
    @Body() body: unknown,
    @Headers('x-fit-device-time') deviceTime?: string,
    @Headers('x-fit-device-id') deviceId?: string,
  ): Promise<void> {
    if (!statementId) throw badInput('PUT needs the statementId parameter.');
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badInput('PUT takes exactly one statement.');
    const statement = body as { id?: string };
    if (statement.id !== undefined && statement.id.toLowerCase() !== statementId.toLowerCase()) {
      throw badInput('The statement id differs from the statementId parameter.');
    }
    await this.ingest.ingest([{ ...statement, id: statementId }], options(req, { deviceTime, deviceId }));
  }

  @Get()
  async get(
    @Req() req: RequestWithXapi,
    @Res({ passthrough: true }) res: Response,
    @Query() query: StatementFilters & { statementId?: string; voidedStatementId?: string; more?: string },
  ): Promise<Statement | { statements: Statement[]; more: string }> {
    res.setHeader('X-Experience-API-Consistent-Through', new Date().toISOString());
    const principal = principalOf(req);
    if (query.statementId) return this.query.byId(principal, query.statementId, false);
    if (query.voidedStatementId) return this.query.byId(principal, query.voidedStatementId, true);
    return this.query.page(principal, query);
  }
}

function principalOf(req: RequestWithXapi): XapiPrincipal {
  if (!req.xapi) throw new Error('XapiAuthGuard did not run');
  return req.xapi;
}

function options(req: RequestWithXapi, device: DeviceHeaders) {
  return {
    principal: principalOf(req),
    source: device.deviceId ? ('device' as const) : ('xapi' as const),
    deviceTime: device.deviceTime,
    deviceId: device.deviceId,
  };
}
