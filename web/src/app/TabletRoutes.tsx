// The site-tablet screens: "Set up this tablet" in a browser that is not one yet; then the name picker, PIN, badge scan.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import i18n from 'i18next';
import { Navigate, Route, Routes } from 'react-router';
import type { LoginPayload } from '../graphql/session-user';
import { forgetDevice, useDevice } from './device-token';
import { sessionFromPayload } from './session-refresh';
import { sessionStore, useSessionState } from './session';
import type { Session } from './session-store';
import { useQueryClient } from '@tanstack/react-query';
import { applySeeds } from '../graphql/query-client';
import type { OfflineAnswers } from '../features/site-pack';
import { appPackDb, clearPack } from '../features/site-pack/pack-db';
import { forgetOfflinePin } from '../features/site-pack/offline-credentials';
import { preloadPack } from '../features/site-pack/hooks/usePack';
import { LoadingState } from '../ui/LoadingState';
import { Shell } from './Shell';
import { currentWorkerLanguage, workerLanguageOf } from './i18n';
// The tablet's start screen is in the first load (~3 kB gzipped): a lazy chunk would make React hold its first paint
// behind a Suspense fallback (at least 300 ms), and offline the pack must open in under a second (SPEC §5).
import { CrewPicker } from '../features/tablet/components/CrewPicker';

const TabletSetupPage = lazy(() =>
  import('../features/tablet-setup/TabletSetupPage').then((m) => ({ default: m.TabletSetupPage })),
);
const PinSignIn = lazy(() => import('../features/tablet/components/PinSignIn').then((m) => ({ default: m.PinSignIn })));
const BadgeScanner = lazy(() =>
  import('../features/tablet/components/BadgeScanner').then((m) => ({ default: m.BadgeScanner })),
);

export function TabletRoutes() {
  const { t } = useTranslation();
  const device = useDevice();
  const queryClient = useQueryClient();
  const { session } = useSessionState();
  const signedIn = !!session;
  // Back at the name picker after a worker: the tablet speaks again the language it spoke before them.
  useEffect(() => {
    if (signedIn) return;
    const before = localStorage.getItem(TABLET_LANGUAGE_KEY);
    localStorage.removeItem(TABLET_LANGUAGE_KEY);
    if (before) void i18n.changeLanguage(before);
  }, [signedIn]);
  // Not a tablet yet: every /tablet address offers to set it up (QR, one-time code, or a manager signing in).
  if (!device)
    return (
      <Shell>
        <Suspense fallback={<LoadingState label={t('app.loading')} />}>
          <TabletSetupPage />
        </Suspense>
      </Shell>
    );
  // A worker already signed in on this tablet goes on to their home; the picker is for the next person.
  if (session?.kind === 'tablet') return <Navigate to="/" replace />;
  // Idempotent: the roster is read from IndexedDB while the picker's chunk loads, not after.
  preloadPack();

  const handleSignedIn = (payload: LoginPayload) => {
    // Whoever used the tablet before (a manager who enrolled it, the last worker) leaves nothing behind.
    forgetOfflinePin();
    sessionStore.signOut();
    const session = sessionFromPayload(payload, 'tablet');
    sessionStore.signIn(session);
    speakWorkerLanguage(session);
  };
  // Offline: the session and the answers its screens need come from the site pack (see offline-sign-in).
  const handleOfflineSignIn = async (session: Session, answers: OfflineAnswers) => {
    const { offlineSeeds } = await import('./offline-seeds');
    sessionStore.signOut();
    applySeeds(queryClient, offlineSeeds(answers));
    sessionStore.signIn(session);
    speakWorkerLanguage(session);
  };
  // A tablet that stops being one keeps no roster (PIN hashes) behind.
  const handleForget = () => {
    forgetDevice();
    void clearPack(appPackDb());
  };
  return (
    <Shell workerScreens>
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <Routes>
          <Route index element={<CrewPicker siteName={device.siteName} deviceToken={device.deviceToken} onForgetTablet={handleForget} />} />
          <Route path="pin/:workerId" element={<PinSignIn onSignedIn={handleSignedIn} onOfflineSignIn={handleOfflineSignIn} />} />
          <Route path="scan" element={<BadgeScanner onSignedIn={handleSignedIn} />} />
          <Route path="*" element={<Navigate to="/tablet" replace />} />
        </Routes>
      </Suspense>
    </Shell>
  );
}

/** The tablet speaks the worker's own language (the crew record's) from sign-in on; the worker can still switch. */
function speakWorkerLanguage(session: Session) {
  localStorage.setItem(TABLET_LANGUAGE_KEY, currentWorkerLanguage());
  void i18n.changeLanguage(workerLanguageOf(session.user.language));
}

/** The name picker's language while a worker uses the tablet in theirs. */
const TABLET_LANGUAGE_KEY = 'fit.tabletLanguage';
