// The xAPI Statement resource at /xapi/statements (Communication 2.1): POST one or many, PUT by id (JSON or
// multipart/mixed with attachments), GET by id or by filters in the formats the specification defines.
import { Body, Controller, Get, Headers, HttpCode, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Statement } from '@fit/shared';
import { Public } from '../../common/auth/policy.decorators.js';
import { badInput } from '../../common/errors/domain-error.js';
import { StatementIngestService } from './statement-ingest.service.js';
import { formatStatement, type LanguagePicker } from './statement-format.js';
import { multipartBody, readStatementRequest, type StatementRequest } from './statement-multipart.js';
import { parseStatementQuery, type StatementFormat } from './statement-query-params.js';
import { StatementQueryService } from './statement-query.service.js';
import type { RequestWithXapi, XapiPrincipal } from './xapi-principal.js';
import { XapiAuthGuard } from './xapi-auth.guard.js';

interface DeviceHeaders {
  deviceTime?: string;
  deviceId?: string;
}

type XapiRequest = RequestWithXapi & Request;

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
    @Req() req: XapiRequest,
    @Body() body: unknown,
    @Headers('x-fit-device-time') deviceTime?: string,
    @Headers('x-fit-device-id') deviceId?: string,
  ): Promise<string[]> {
    const request = readStatementRequest(req.headers['content-type'], body);
    const statements = Array.isArray(request.body) ? request.body : [request.body];
    const result = await this.ingest.ingest(statements, options(req, { deviceTime, deviceId }, request));
    return result.ids;
  }

  @Put()
  @HttpCode(204)
  async put(
    @Req() req: XapiRequest,
    @Query() query: Record<string, unknown>,
    @Body() body: unknown,
    @Headers('x-fit-device-time') deviceTime?: string,
    @Headers('x-fit-device-id') deviceId?: string,
  ): Promise<void> {
    const statementId = query.statementId;
    if (typeof statementId !== 'string' || !statementId) throw badInput('PUT needs the statementId parameter.');
    const unknown = Object.keys(query).filter((k) => k !== 'statementId');
    if (unknown.length) throw badInput(`PUT takes only the statementId parameter (got ${unknown.join(', ')}).`);
    const request = readStatementRequest(req.headers['content-type'], body);
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) throw badInput('PUT takes exactly one statement.');
    const statement = request.body as { id?: unknown };
    if (statement.id !== undefined && (typeof statement.id !== 'string' || statement.id.toLowerCase() !== statementId.toLowerCase())) {
      throw badInput('The statement id differs from the statementId parameter.');
    }
    await this.ingest.ingest([{ ...statement, id: statementId }], options(req, { deviceTime, deviceId }, request));
  }

  @Get()
  async get(@Req() req: XapiRequest, @Res() res: Response, @Query() params: Record<string, unknown>): Promise<void> {
    // Every statement stored up to this instant is in what this GET can see (batches still being written are not).
    res.setHeader('X-Experience-API-Consistent-Through', this.ingest.consistentThrough());
    const principal = principalOf(req);
    const query = parseStatementQuery(params);
    const pick: LanguagePicker = (tags) => req.acceptsLanguages(tags);
    const id = query.statementId ?? query.voidedStatementId;
    if (id) {
      const { statement, stored } = await this.query.byId(principal, id, !!query.voidedStatementId);
      res.setHeader('Last-Modified', new Date(stored).toUTCString());
      return this.send(res, principal, [statement], formatStatement(statement, query.format, pick), query.attachments);
    }
    const page = await this.query.page(principal, query);
    const result = { statements: page.statements.map((s) => formatStatement(s, page.format as StatementFormat, pick)), more: page.more };
    return this.send(res, principal, page.statements, result, page.attachments);
  }

  /** JSON, or with attachments=true a multipart/mixed answer carrying the attachments' content after it. */
  private async send(res: Response, principal: XapiPrincipal, statements: Statement[], json: unknown, attachments: boolean): Promise<void> {
    if (!attachments) return void res.status(200).json(json);
    const { contentType, body } = multipartBody(json, await this.query.attachmentParts(principal, statements));
    res.status(200).type(contentType).send(body);
  }
}

function principalOf(req: RequestWithXapi): XapiPrincipal {
  if (!req.xapi) throw new Error('XapiAuthGuard did not run');
  return req.xapi;
}

function options(req: RequestWithXapi, device: DeviceHeaders, request: StatementRequest) {
  return {
    principal: principalOf(req),
    source: device.deviceId ? ('device' as const) : ('xapi' as const),
    deviceTime: device.deviceTime,
    deviceId: device.deviceId,
    version: req.xapiVersion,
    attachments: request,
  };
}
