// GraphQL entry point for the viewer's notifications.
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ROLES } from '@fit/shared';
import { Roles } from '../../common/auth/policy.decorators.js';
import { CurrentViewer } from '../../common/auth/current-viewer.decorator.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { Notification } from './models/notification.model.js';
import { NotificationsService } from './notifications.service.js';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Roles(...ROLES)
  @Query(() => [Notification], { description: "The viewer's latest notifications in the active organisation" })
  myNotifications(@CurrentViewer() viewer: Viewer): Promise<Notification[]> {
    return this.notifications.mine(viewer);
  }

  @Roles(...ROLES)
  @Mutation(() => Int, { description: "Mark some of the viewer's notifications read; answers how many were unread" })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.notifications.markRead(viewer, ids);
  }
}
