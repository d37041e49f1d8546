// Authenticates xAPI requests (HTTP Basic client credentials or a FIT bearer token) and checks the xAPI version header.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import { XAPI_VERSION } from '@fit/shared';
import { unauthenticated } from '../../common/errors/domain-error.js';
import { SessionsService } from '../identity/sessions.service.js';
import { XapiCredentialsService } from './xapi-credentials.service.js';
import type { RequestWithXapi } from './xapi-principal.js';
import { negotiateVersion } from './xapi-version.js';

@Injectable()
export class XapiAuthGuard implements CanActivate {
  constructor(
    private readonly credentials: XapiCredentialsService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<RequestWithXapi>();
    const res = context.switchToHttp().getResponse<Response>();
    // Every answer says the version it is in: the one the client asked for, or the latest when it asked for none we speak.
    res.setHeader('X-Experience-API-Version', XAPI_VERSION);
    req.xapiVersion = negotiateVersion(header(req, 'x-experience-api-version'));
    res.setHeader('X-Experience-API-Version', req.xapiVersion);
    const authorization = header(req, 'authorization') ?? '';
    const [scheme = '', value = ''] = authorization.split(/\s+/, 2);
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
