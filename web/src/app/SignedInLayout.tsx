// Frame of every signed-in screen: keeps the user fresh, offers the session actions, guards the tablet worker's session.
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useNavigate } from 'react-router';
import { SyncIndicator } from '../features/sync/components/SyncIndicator';
import { useSyncController } from '../features/sync/SyncContext';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { InactivityNotice } from '../features/tablet/components/InactivityNotice';
import { useGraphQLClient } from '../graphql/GraphQLClientContext';
import { MeQuery } from '../graphql/session-user';
import { LoadingState } from '../ui/LoadingState';
import { useDevice } from './device-token';
import { sessionStore, useSessionState } from './session';
import { signOut, signOutEverywhere, switchOrganisation } from './session-actions';
import { Shell } from './Shell';

export function SignedInLayout() {
  const { t } = useTranslation();
  const { session } = useSessionState();
  const device = useDevice();
  const client = useGraphQLClient();
  const navigate = useNavigate();
  const userId = session?.user.id;
  const sync = useSyncController();
  const worker = session?.user.role === 'worker';

  // A worker's sync runs while they are signed in, starting with whatever they left on this tablet last time.
  useEffect(() => (worker && userId && sync ? sync.start() : undefined), [sync, worker, userId]);

  // Refresh the saved user once per visit; an expired token signs out through the client, no network keeps the copy.
  useEffect(() => {
    if (!userId) return;
    const controller = new AbortController();
    client.request(MeQuery, {}, controller.signal).then(
      (data) => sessionStore.updateUser(data.me),
      () => undefined,
    );
    return () => controller.abort();
  }, [client, userId]);

  // On a site tablet, the end of any session leads back to the name picker for the next worker.
  if (!session) return <Navigate to={device ? '/tablet' : '/login'} replace />;
  const tablet = session.kind === 'tablet';
  const handleSignOut = () => signOut(sessionStore, client);
  return (
    <Shell
      user={session.user}
      tablet={tablet}
      workerScreens={worker}
      onSignOut={handleSignOut}
      notifications={tablet ? undefined : <NotificationBell />}
      onSignOutEverywhere={tablet ? undefined : () => signOutEverywhere(sessionStore, client)}
      onSwitchOrganisation={
        tablet
          ? undefined
          : async (organisationId) => {
              await switchOrganisation(sessionStore, client, organisationId);
              void navigate('/', { replace: true });
            }
      }
      noticeSaysOffline={worker}
      notice={
        tablet || worker ? (
          <>
            {tablet && <InactivityNotice onTimeout={handleSignOut} />}
            {worker && <SyncIndicator />}
          </>
        ) : undefined
      }
    >
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <Outlet />
      </Suspense>
    </Shell>
  );
}
