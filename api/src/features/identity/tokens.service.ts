// Signs and checks access tokens (HS256 JWT). Sessions live in tokens so any API instance can answer.
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { isRole, type Role } from '@fit/shared';
import { unauthenticated } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { JWT_KEY } from './jwt-key.js';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';

const ISSUER = 'fit';
const AUDIENCE = 'fit-api';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

@Injectable()
export class TokensService {
  constructor(
    @Inject(JWT_KEY) private readonly key: Uint8Array,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issueAccessToken(viewer: Viewer): Promise<IssuedToken> {
    const expiresAt = new Date(Date.now() + this.config.accessTokenTtlSeconds * 1000);
    const token = await new SignJWT({ org: viewer.organisationId, role: viewer.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(viewer.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verifyAccessToken(token: string): Promise<Viewer> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      const role: unknown = payload.role;
      if (typeof payload.sub !== 'string' || typeof payload.org !== 'string' || !isRole(role)) {
        throw unauthenticated('Your session is not valid. Please sign in again.');
      }
      return { userId: payload.sub, organisationId: payload.org, role: role as Role };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Your session has expired. Please sign in again.');
      if (error instanceof joseErrors.JOSEError) throw unauthenticated('Your session is not valid. Please sign in again.');
      throw error;
    }
  }
}
