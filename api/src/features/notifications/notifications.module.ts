// Notifications to members of an organisation (e.g. a worker locked out of a site tablet).
import { Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  providers: [NotificationsService, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
