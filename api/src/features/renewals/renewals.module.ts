// Renewal per ULO: the modules that renew a worker's expiring ULOs are assigned ahead of the lapse.
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SitesModule } from '../sites/sites.module.js';
import { RenewalsResolver } from './renewals.resolver.js';
import { RenewalsService } from './renewals.service.js';

@Module({ imports: [NotificationsModule, SitesModule], providers: [RenewalsService, RenewalsResolver], exports: [RenewalsService] })
export class RenewalsModule {}
