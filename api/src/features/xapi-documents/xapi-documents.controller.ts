// The xAPI document resources: State (/xapi/activities/state), Agent Profile (/xapi/agents/profile) and
// Activity Profile (/xapi/activities/profile). Documents have any content type; JSON objects merge on POST.
import { Controller, Delete, Get, HttpCode, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/policy.decorators.js';
import { badInput } from '../../common/errors/domain-error.js';
import { readBody } from '../../common/http/read-body.js';
import type { RequestWithXapi, XapiPrincipal } from '../learning-records/xapi-principal.js';
import type { Preconditions } from './concurrency.js';
import { quoted } from './concurrency.js';
import { checkAgentAccess, checkSharedWrite } from './document-access.js';
import { activityIdOf, agentIfi, agentOf, param, registrationOf, required, sinceOf, type Query as Params } from './document-params.js';
import { isJsonType, XapiDocumentsService, type DocumentKey, type DocumentScope, type IncomingDocument } from './xapi-documents.service.js';
import { answeredVersion, XapiDocumentsGuard } from './xapi-version.guard.js';

/** Documents are small (state, bookmarks, settings); this is the statements' batch cap. */
const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

type XapiRequest = Request & RequestWithXapi;

// Public to the app's guard: xAPI clients authenticate with HTTP Basic or a bearer token in XapiDocumentsGuard.
@Public()
@UseGuards(XapiDocumentsGuard)
@Controller('xapi')
export class XapiDocumentsController {
  constructor(private readonly documents: XapiDocumentsService) {}

  // ---- State: activityId + agent (+ registration), stateId; without stateId GET lists ids and DELETE clears.

  @Get('activities/state')
  async getState(@Req() req: XapiRequest, @Query() query: Params, @Res() res: Response): Promise<void> {
    const scope = this.stateScope(req, query);
    const stateId = param(query, 'stateId');
    if (stateId === undefined) return this.sendIds(res, scope, query);
    if (param(query, 'since') !== undefined) throw badInput('since is only for listing state ids, not with stateId.');
    return this.sendDocument(res, { ...scope, documentId: stateId });
  }

  @Put('activities/state')
  @HttpCode(204)
  async putState(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    const key = { ...this.stateScope(req, query), documentId: required(query, 'stateId') };
    // xAPI 2.0 puts the State resource under concurrency control; 1.0.x content (most cmi5 AUs) PUTs state without
    // ETags, as 1.0.3 LRSs allowed, so a missing header is a conflict only for 2.0 clients.
    await this.documents.put(key, await incoming(req), preconditions(req), answeredVersion(req) === '2.0.0');
  }

  @Post('activities/state')
  @HttpCode(204)
  async postState(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    const key = { ...this.stateScope(req, query), documentId: required(query, 'stateId') };
    await this.documents.post(key, await incoming(req), preconditions(req));
  }

  @Delete('activities/state')
  @HttpCode(204)
  async deleteState(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    const scope = this.stateScope(req, query);
    const stateId = param(query, 'stateId');
    if (stateId === undefined) return this.documents.deleteAll(scope);
    await this.documents.delete({ ...scope, documentId: stateId }, preconditions(req));
  }

  // ---- Agent Profile: agent, profileId.

  @Get('agents/profile')
  async getAgentProfile(@Req() req: XapiRequest, @Query() query: Params, @Res() res: Response): Promise<void> {
    const scope = this.agentProfileScope(req, query);
    const profileId = param(query, 'profileId');
    if (profileId === undefined) return this.sendIds(res, scope, query);
    return this.sendDocument(res, { ...scope, documentId: profileId });
  }

  @Put('agents/profile')
  @HttpCode(204)
  async putAgentProfile(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    const key = { ...this.agentProfileScope(req, query), documentId: required(query, 'profileId') };
    await this.documents.put(key, await incoming(req), preconditions(req), true);
  }

  @Post('agents/profile')
  @HttpCode(204)
  async postAgentProfile(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    const key = { ...this.agentProfileScope(req, query), documentId: required(query, 'profileId') };
    await this.documents.post(key, await incoming(req), preconditions(req));
  }

  @Delete('agents/profile')
  @HttpCode(204)
  async deleteAgentProfile(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    const key = { ...this.agentProfileScope(req, query), documentId: required(query, 'profileId') };
    await this.documents.delete(key, preconditions(req));
  }

  // ---- Activity Profile: activityId, profileId.

  @Get('activities/profile')
  async getActivityProfile(@Req() req: XapiRequest, @Query() query: Params, @Res() res: Response): Promise<void> {
    const scope = this.activityProfileScope(req, query);
    const profileId = param(query, 'profileId');
    if (profileId === undefined) return this.sendIds(res, scope, query);
    return this.sendDocument(res, { ...scope, documentId: profileId });
  }

  @Put('activities/profile')
  @HttpCode(204)
  async putActivityProfile(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    checkSharedWrite(principalOf(req));
    const key = { ...this.activityProfileScope(req, query), documentId: required(query, 'profileId') };
    await this.documents.put(key, await incoming(req), preconditions(req), true);
  }

  @Post('activities/profile')
  @HttpCode(204)
  async postActivityProfile(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    checkSharedWrite(principalOf(req));
    const key = { ...this.activityProfileScope(req, query), documentId: required(query, 'profileId') };
    await this.documents.post(key, await incoming(req), preconditions(req));
  }

  @Delete('activities/profile')
  @HttpCode(204)
  async deleteActivityProfile(@Req() req: XapiRequest, @Query() query: Params): Promise<void> {
    checkSharedWrite(principalOf(req));
    const key = { ...this.activityProfileScope(req, query), documentId: required(query, 'profileId') };
    await this.documents.delete(key, preconditions(req));
  }

  // ---- helpers

  private stateScope(req: XapiRequest, query: Params): DocumentScope {
    const principal = principalOf(req);
    const activityId = activityIdOf(query);
    const agent = agentOf(query);
    checkAgentAccess(principal, agent);
    return { organisationId: principal.organisationId, kind: 'state', activityId, agentIfi: agentIfi(agent), registration: registrationOf(query) };
  }

  private agentProfileScope(req: XapiRequest, query: Params): DocumentScope {
    const principal = principalOf(req);
    const agent = agentOf(query);
    checkAgentAccess(principal, agent);
    return { organisationId: principal.organisationId, kind: 'agentProfile', activityId: '', agentIfi: agentIfi(agent), registration: '' };
  }

  private activityProfileScope(req: XapiRequest, query: Params): DocumentScope {
    const principal = principalOf(req);
    return { organisationId: principal.organisationId, kind: 'activityProfile', activityId: activityIdOf(query), agentIfi: '', registration: '' };
  }

  private async sendIds(res: Response, scope: DocumentScope, query: Params): Promise<void> {
    const { ids, lastModified } = await this.documents.ids(scope, sinceOf(query));
    if (lastModified) res.setHeader('Last-Modified', lastModified.toUTCString());
    res.status(200).json(ids);
  }

  private async sendDocument(res: Response, key: DocumentKey): Promise<void> {
    const document = await this.documents.get(key);
    if (!document) {
      res.status(404).json({ code: 'NOT_FOUND', message: 'No document with this id.' });
      return;
    }
    res.setHeader('Content-Type', document.contentType);
    res.setHeader('ETag', quoted(document.etag));
    res.setHeader('Last-Modified', document.updated.toUTCString());
    res.status(200).end(document.content);
  }
}

function principalOf(req: XapiRequest): XapiPrincipal {
  if (!req.xapi) throw new Error('XapiDocumentsGuard did not run');
  return req.xapi;
}

function header(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function preconditions(req: Request): Preconditions {
  return { ifMatch: header(req, 'if-match'), ifNoneMatch: header(req, 'if-none-match') };
}

/** The request's document: JSON bodies were already parsed by the /xapi JSON parser, any other type is read raw. */
async function incoming(req: XapiRequest): Promise<IncomingDocument> {
  const contentType = header(req, 'content-type') ?? 'application/octet-stream';
  // Express leaves req.body undefined when no parser read the body.
  if (req.body !== undefined) return { contentType, content: Buffer.from(JSON.stringify(req.body)) };
  const content = await readBody(req, MAX_DOCUMENT_BYTES, 'document');
  if (isJsonType(contentType)) {
    try {
      JSON.parse(content.toString('utf8'));
    } catch {
      throw badInput('The document is declared application/json but is not valid JSON.');
    }
  }
  return { contentType, content };
}
