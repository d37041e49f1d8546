// Global guard: resolves the viewer from the bearer token and enforces each handler's declared policy.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@fit/shared';
import { PUBLIC_KEY, ROLES_KEY } from '../../common/auth/policy.decorators.js';
import { requestOf } from '../../common/auth/current-viewer.decorator.js';
import { forbidden, unauthenticated } from '../../common/errors/domain-error.js';
import { SessionsService } from './sessions.service.js';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = requestOf(context);
    const token = bearerToken(request.headers.authorization);

    if (isPublic) return true;
    if (!roles) throw forbidden('This operation has no access policy and is closed.');
    if (!token) throw unauthenticated();
    const viewer = await this.sessions.viewerFromAccessToken(token);
    request.viewer = viewer;
    if (!roles.includes(viewer.role)) throw forbidden();
    return true;
  }
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
