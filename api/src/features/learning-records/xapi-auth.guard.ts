// Authenticates xAPI requests (HTTP Basic client credentials or a FIT bearer token) and checks the xAPI version header.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import { XAPI_VERSION } from '@fit/shared';
import { badInput, unauthenticated } from '../../common/errors/domain-error.js';
import { SessionsService } from '../identity/sessions.service.js';
import { XapiCredentialsService } from './xapi-credentials.service.js';
import type { RequestWithXapi } from './xapi-principal.js';

@Injectable()
export class XapiAuthGuard implements CanActivate {
  constructor(
    private readonly credentials: XapiCredentialsService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithXapi>();
    context.switchToHttp().getResponse<Response>().setHeader('X-Experience-API-Version', XAPI_VERSION);
    const version = header(req, 'x-experience-api-version');
    if (!version || !/^(1\.0|2\.0)(\.\d+)?$/.test(version)) {
      throw badInput('Send the X-Experience-API-Version header (2.0.0 or 1.0.3).');
    }
    const authorization = header(req, 'authorization') ?? '';
    const [scheme, value = ''] = authorization.split(/\s+/, 2);
    if (/^basic$/i.test(scheme)) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      const split = decoded.indexOf(':');
      const organisationId = split > 0 ? await this.credentials.verify(decoded.slice(0, split), decoded.slice(split + 1)) : undefined;
      if (!organisationId) throw unauthenticated('These xAPI credentials are not valid.');
      req.xapi = { kind: 'client', organisationId };
      return true;
    }
    if (/^bearer$/i.test(scheme) && value) {
      // The same check as every other door: a revoked session or tablet is refused here too.
      const viewer = await this.sessions.viewerFromAccessToken(value);
      req.xapi = { kind: 'user', organisationId: viewer.organisationId, userId: viewer.userId, role: viewer.role };
      return true;
    }
    throw unauthenticated('Send xAPI credentials (HTTP Basic) or a FIT access token (Bearer).');
  }
}

function header(req: RequestWithXapi, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
