// Open Badges 3.0 credentials: issuing (from the job queue), publishing, verifying and revoking.
import { Module } from '@nestjs/common';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { CredentialKeysService } from './credential-keys.service.js';
import { CredentialVerifier } from './credential-verifier.service.js';
import { CREDENTIALS_KEY, loadCredentialsKey } from './credentials-key.js';
import { CredentialsController } from './credentials.controller.js';
import { CredentialsIssuer } from './credentials-issuer.service.js';
import { CredentialsResolver } from './credentials.resolver.js';
import { CredentialsService } from './credentials.service.js';
import { IssuerDocumentsService } from './issuer-documents.service.js';
import { StatusListsService } from './status-lists.service.js';

@Module({
  controllers: [CredentialsController],
  providers: [
    { provide: CREDENTIALS_KEY, inject: [APP_CONFIG], useFactory: (config: AppConfig) => loadCredentialsKey(config) },
    CredentialKeysService,
    StatusListsService,
    CredentialsIssuer,
    IssuerDocumentsService,
    CredentialVerifier,
    CredentialsService,
    CredentialsResolver,
  ],
  exports: [CredentialsIssuer, CredentialKeysService, CredentialVerifier, CredentialsService],
})
export class CredentialsModule {}
