// The site-tablet screens (name picker, PIN, badge scan), shown only in a browser that holds a device token.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { LoginPayload } from '../graphql/session-user';
import { forgetDevice, useDevice } from './device-token';
import { sessionFromPayload } from './session-refresh';
import { sessionStore, useSessionState } from './session';
import { LoadingState } from '../ui/LoadingState';
import { Shell } from './Shell';

const CrewPicker = lazy(() => import('../features/tablet/CrewPicker').then((m) => ({ default: m.CrewPicker })));
const PinSignIn = lazy(() => import('../features/tablet/PinSignIn').then((m) => ({ default: m.PinSignIn })));
const BadgeScanner = lazy(() =>
  import('../features/tablet/BadgeScanner').then((m) => ({ default: m.BadgeScanner })),
);

export function TabletRoutes() {
  const { t } = useTranslation();
  const device = useDevice();
  const { session } = useSessionState();
  if (!device) return <Navigate to="/" replace />;
  // A worker already signed in on this tablet goes on to their home; the picker is for the next person.
  if (session?.kind === 'tablet') return <Navigate to="/" replace />;

  const handleSignedIn = (payload: LoginPayload) => {
    // Whoever used the tablet before (a manager who enrolled it, the last worker) leaves nothing behind.
    sessionStore.signOut();
    sessionStore.signIn(sessionFromPayload(payload, 'tablet'));
  };
  return (
    <Shell>
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <Routes>
          <Route index element={<CrewPicker siteName={device.siteName} onForgetTablet={forgetDevice} />} />
          <Route path="pin/:workerId" element={<PinSignIn onSignedIn={handleSignedIn} />} />
          <Route path="scan" element={<BadgeScanner onSignedIn={handleSignedIn} />} />
          <Route path="*" element={<Navigate to="/tablet" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
