// Organisations (tenants) and invitations of their managers and trainers.
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '../../common/config.token.js';
import type { AppConfig } from '../../config/config.js';
import { IdentityModule } from '../identity/identity.module.js';
import { OrganisationEntity } from '../identity/organisation.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { createInvitationMailer, InvitationMailer } from './invitation-mailer.js';
import { InvitationsService } from './invitations.service.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity, InvitationEntity]), IdentityModule],
  providers: [
    { provide: InvitationMailer, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createInvitationMailer(config) },
    OrganisationsService,
    InvitationsService,
    OrganisationsResolver,
  ],
  exports: [OrganisationsService, InvitationsService],
})
export class OrganisationsModule {}
