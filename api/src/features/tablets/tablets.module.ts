// Shared site tablets and the worker sign-in they offer.
import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { TabletsResolver } from './tablets.resolver.js';
import { TabletsService } from './tablets.service.js';
import { OfflineLockoutsService } from './offline-lockouts.service.js';

@Module({
  imports: [IdentityModule, NotificationsModule, SitesModule],
  providers: [TabletsService, OfflineLockoutsService, TabletsResolver],
  exports: [TabletsService],
})
export class TabletsModule {}
