// Users, organisations, memberships, sign-in, and the global access guard.
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { AuthGuard } from './auth.guard.js';
import { IdentityResolver } from './identity.resolver.js';
import { IdentityService } from './identity.service.js';
import { JWT_KEY, loadJwtKey } from './jwt-key.js';
import { SigningKeyCheck } from './signing-key-check.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { TokensService } from './tokens.service.js';
import { SessionsService } from './sessions.service.js';
import { RateLimitsService } from './rate-limits.service.js';
import { createPasswordResetMailer, PasswordResetMailer } from './password-reset-mailer.js';
import { PasswordResetsService } from './password-resets.service.js';
import { UserEntity } from './user.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, UserEntity, MembershipEntity])],
  providers: [
    { provide: JWT_KEY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadJwtKey(config) },
    SigningKeyCheck,
    TokensService,
    SessionsService,
    RateLimitsService,
    IdentityService,
    IdentityResolver,
    { provide: PasswordResetMailer, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createPasswordResetMailer(config) },
    PasswordResetsService,
    AccountsService,
    AccountsResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [IdentityService, TokensService, SessionsService, RateLimitsService],
})
export class IdentityModule {}
