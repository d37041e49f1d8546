// Binds the outbox sync to this app: the signed-in worker, their (renewed) token, and this tablet's id.
import { appOutbox } from '../features/sync/outbox-db';
import { createSyncController, type SyncController } from '../features/sync/sync-controller';
import type { GraphQLClient } from '../graphql/client';
import { MeQuery } from '../graphql/session-user';
import { readDevice } from './device-token';
import { isSessionExpired } from './session-refresh';
import type { SessionStore } from './session-store';

const DEVICE_ID_KEY = 'fit.deviceId';

/** The enrolled tablet's id, or a random id this browser keeps: the server measures clock skew per device. */
export function deviceId(): string {
  const tabletId = readDevice()?.tabletId;
  if (tabletId) return tabletId;
  let id = localStorage.getItem(DEVICE_ID_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(DEVICE_ID_KEY, id);
  }
  return id;
}

export function createAppSync(store: SessionStore, client: GraphQLClient): SyncController {
  const workerOf = () => {
    const session = store.getState().session;
    return session?.user.role === 'worker' ? session : null;
  };
  return createSyncController({
    db: appOutbox(),
    current: () => {
      const session = workerOf();
      return session && { userId: session.user.id, displayName: session.user.displayName };
    },
    async getToken(userId) {
      let session = workerOf();
      if (session?.user.id !== userId) return null;
      // Any request through the client renews an expired token once, shared with the screens' requests.
      if (isSessionExpired(session)) await client.request(MeQuery, {}).catch(() => undefined);
      session = workerOf();
      // An offline session has no token the server accepts: its records wait for the PIN exchange.
      return session?.user.id === userId && !session.offline ? session.accessToken : null;
    },
    deviceId,
  });
}
