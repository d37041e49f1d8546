// Gives screens the app's sync controller and its live state.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SyncController, SyncState } from './sync-controller';

export const SyncContext = createContext<SyncController | null>(null);

const IDLE: SyncState = { phase: 'idle', waiting: 0, conflicts: 0, others: [], delivered: 0 };
const noop = () => () => undefined;

export function useSyncState(): SyncState {
  const controller = useContext(SyncContext);
  return useSyncExternalStore(controller?.subscribe ?? noop, controller?.getState ?? (() => IDLE));
}

export function useSyncController(): SyncController | null {
  return useContext(SyncContext);
}
