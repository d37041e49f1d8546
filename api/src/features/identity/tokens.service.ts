// Signs and checks access tokens (HS256 JWT). Sessions live in tokens so any API instance can answer.
import { createSecretKey, webcrypto, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { isRole, type Role } from '@fit/shared';
import { unauthenticated } from '../../common/errors/domain-error.js';
import type { SessionKind, Viewer } from '../../common/auth/viewer.js';
import { JWT_KEY } from './jwt-key.js';
import { Hs256Error, verifyHs256 } from './hs256.js';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';

const ISSUER = 'fit';
const AUDIENCE = 'fit-api';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** A verified access token: the viewer plus when it was issued (ms), for "sign out everywhere". */
export interface AccessClaims extends Viewer {
  sessionId: string;
  sessionKind: SessionKind;
  issuedAtMs: number;
}

@Injectable()
export class TokensService {
  constructor(
    @Inject(JWT_KEY) private readonly key: Uint8Array,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Imported once: handing jose the raw bytes would import the HMAC key again on every request it verifies.
  private hmacKey?: Promise<webcrypto.CryptoKey>;
  private signingKey(): Promise<webcrypto.CryptoKey> {
    this.hmacKey ??= webcrypto.subtle.importKey('raw', this.key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    return this.hmacKey;
  }

  // The same key for node:crypto, which checks every request's token (see hs256.ts).
  private verifyKey?: KeyObject;

  async issueAccessToken(viewer: Viewer & { sessionId: string; sessionKind: SessionKind }): Promise<IssuedToken> {
    const ttl = viewer.sessionKind === 'tablet' ? this.config.tabletAccessTokenTtlSeconds : this.config.accessTokenTtlSeconds;
    const now = Date.now();
    const expiresAt = new Date(now + ttl * 1000);
    const token = await new SignJWT({
      org: viewer.organisationId,
      role: viewer.role,
      sid: viewer.sessionId,
      sessionKind: viewer.sessionKind,
      ...(viewer.tabletId ? { tab: viewer.tabletId } : {}),
      // `iat` has whole seconds only; sign-out-everywhere must also end tokens issued earlier in the same second.
      iat_ms: now,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(viewer.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.signingKey());
    return { token, expiresAt };
  }

  async verifyAccessToken(token: string): Promise<AccessClaims> {
    const invalid = () => unauthenticated('Your session is not valid. Please sign in again.');
    try {
      this.verifyKey ??= createSecretKey(this.key);
      const payload = verifyHs256(token, this.verifyKey, { issuer: ISSUER, audience: AUDIENCE });
      const role: unknown = payload.role;
      const kind: unknown = payload.sessionKind;
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.org !== 'string' ||
        typeof payload.sid !== 'string' ||
        typeof payload.iat_ms !== 'number' ||
        (kind !== 'web' && kind !== 'tablet') ||
        !isRole(role)
      ) {
        throw invalid();
      }
      return {
        userId: payload.sub,
        organisationId: payload.org,
        role: role as Role,
        sessionId: payload.sid,
        sessionKind: kind,
        tabletId: typeof payload.tab === 'string' ? payload.tab : null,
        issuedAtMs: payload.iat_ms,
      };
    } catch (error) {
      if (error instanceof Hs256Error) {
        throw error.reason === 'expired' ? unauthenticated('Your session has expired. Please sign in again.') : invalid();
      }
      throw error;
    }
  }
}
