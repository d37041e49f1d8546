// The xAPI authentication of /xapi/statements (HTTP Basic client credentials or a FIT bearer token; unknown or
// revoked → 401), answering in the version the client speaks: 1.0.x clients (most cmi5 content) get 1.0.3.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import { XapiAuthGuard } from '../learning-records/xapi-auth.guard.js';
import type { RequestWithXapi } from '../learning-records/xapi-principal.js';

export const SUPPORTED_VERSIONS = ['1.0.3', '2.0.0'];

/** The version to answer with: 1.0.3 for any 1.0.x client, 2.0.0 otherwise. */
export function answeredVersion(req: RequestWithXapi): string {
  const sent = req.headers['x-experience-api-version'];
  return /^1\.0/.test(String(Array.isArray(sent) ? sent[0] : (sent ?? ''))) ? '1.0.3' : '2.0.0';
}

@Injectable()
export class XapiDocumentsGuard implements CanActivate {
  constructor(private readonly auth: XapiAuthGuard) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const allowed = await this.auth.canActivate(context);
    const req = context.switchToHttp().getRequest<RequestWithXapi>();
    context.switchToHttp().getResponse<Response>().setHeader('X-Experience-API-Version', answeredVersion(req));
    return allowed;
  }
}
