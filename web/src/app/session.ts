// The app's one session store and the hook screens use to follow it.
import { useSyncExternalStore } from 'react';
import { createSessionStore, type SessionState } from './session-store';

export const sessionStore = createSessionStore(window.localStorage);

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
}
