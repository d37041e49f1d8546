// Runs the sync for whoever is signed in: when the network returns, every 30 s, on demand; backs off after failures.
import type { OutboxDb } from './outbox-db';
import { syncWorker, type SyncOutcome } from './sync-engine';

export interface SyncWorkerIdentity {
  userId: string;
  displayName: string;
}

export interface WaitingGroup {
  userId: string;
  displayName: string;
  count: number;
}

export interface SyncState {
  phase: 'idle' | 'syncing' | 'offline' | 'failed';
  /** The signed-in worker's records still on the tablet (conflicts excluded). */
  waiting: number;
  conflicts: number;
  /** Other workers' records: they can only leave with their own sign-in. */
  others: WaitingGroup[];
  error?: string;
  /** Records this tablet has delivered since it started: screens showing server data refresh when it grows. */
  delivered: number;
}

export interface SyncDeps {
  db: OutboxDb;
  current: () => SyncWorkerIdentity | null;
  /** The access token of that worker, renewed if needed; null when they are no longer the one signed in. */
  getToken: (userId: string) => Promise<string | null>;
  deviceId: () => string;
  isOnline?: () => boolean;
  fetchImpl?: typeof fetch;
  intervalMs?: number;
}

const MAX_BACKOFF_MS = 5 * 60_000;

export function createSyncController(deps: SyncDeps) {
  const { db, intervalMs = 30_000 } = deps;
  const isOnline = deps.isOnline ?? (() => navigator.onLine);
  let state: SyncState = { phase: 'idle', waiting: 0, conflicts: 0, others: [], delivered: 0 };
  const listeners = new Set<() => void>();
  let running: Promise<void> | null = null;
  let failures = 0;
  let nextTryAt = 0;
  // Records being written to the outbox right now: they count as waiting before they are in it.
  let writing = 0;
  let timer: ReturnType<typeof setInterval> | undefined;

  const publish = (change: Partial<SyncState>) => {
    state = { ...state, ...change };
    listeners.forEach((l) => l());
  };

  async function count() {
    const me = deps.current();
    const rows = await db.statements.toArray();
    const groups = new Map<string, WaitingGroup>();
    let waiting = 0;
    let conflicts = 0;
    for (const row of rows) {
      if (row.userId === me?.userId) {
        if (row.conflict) conflicts++;
        else waiting++;
      } else {
        const g = groups.get(row.userId) ?? { userId: row.userId, displayName: row.userName ?? '', count: 0 };
        g.count++;
        groups.set(row.userId, g);
      }
    }
    publish({ waiting: waiting + writing, conflicts, others: [...groups.values()] });
  }

  async function run(force: boolean) {
    const me = deps.current();
    await count();
    if (!me) return;
    if (!isOnline()) return publish({ phase: 'offline' });
    if (!force && Date.now() < nextTryAt) return;
    if (!force && state.waiting === 0 && state.phase !== 'failed') return publish({ phase: 'idle' });
    publish({ phase: 'syncing', error: undefined });
    let outcome: SyncOutcome;
    try {
      outcome = await syncWorker({
        db,
        userId: me.userId,
        getToken: () => deps.getToken(me.userId),
        deviceId: deps.deviceId(),
        fetchImpl: deps.fetchImpl,
      });
    } catch (error) {
      outcome = {
        status: 'retry',
        sent: 0,
        waiting: state.waiting,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    if (outcome.sent > 0) publish({ delivered: state.delivered + outcome.sent });
    if (outcome.status === 'done' || outcome.status === 'signedOut') {
      failures = 0;
      nextTryAt = 0;
      publish({ phase: 'idle' });
    } else {
      failures++;
      nextTryAt = Date.now() + Math.min(intervalMs * 2 ** (failures - 1), MAX_BACKOFF_MS);
      // A refusal (400) has a reason worth showing; a network or server failure only needs "later".
      publish({
        phase: isOnline() ? 'failed' : 'offline',
        error: outcome.status === 'refused' ? outcome.error : undefined,
      });
    }
    await count();
  }

  // Every trigger (timer, network back, a new record, the button) goes through here: one run at a time,
  // or two runs could upload the same photo twice; a trigger during a run asks for one more run after it.
  // A press of "Synchroniser" during a run is kept as forced, or the back-off after a failed run would swallow it.
  let again = false;
  let againForced = false;
  function trigger(force: boolean): Promise<void> {
    if (running) {
      again = true;
      againForced ||= force;
      return running;
    }
    running = run(force).finally(() => {
      running = null;
      if (again) {
        const forced = againForced;
        again = false;
        againForced = false;
        void trigger(forced);
      }
    });
    return running;
  }

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Syncs now; concurrent calls share one run. */
    sync: (force = false): Promise<void> => trigger(force),
    /** Resolves once no run is under way or asked for. */
    async settled(): Promise<void> {
      while (running) await running.catch(() => undefined);
    },
    /** Recounts after something was queued, and tries to send it straight away when online. */
    changed: (): Promise<void> => trigger(false),
    /**
     * A record being written to the outbox: waiting from this moment, so the tablet never says all is saved while a
     * worker's last answer is still being kept (leaving the page then would lose it); sent once it is written.
     */
    async recording(write: Promise<unknown>): Promise<void> {
      writing++;
      publish({ waiting: state.waiting + 1 });
      try {
        await write;
      } finally {
        writing--;
      }
      await trigger(false);
    },
    start() {
      const handleOnline = () => {
        nextTryAt = 0;
        void trigger(false);
      };
      const handleOffline = () => publish({ phase: 'offline' });
      window.addEventListener('online', handleOnline);
      window.addEventListener('offline', handleOffline);
      timer = setInterval(() => void trigger(false), intervalMs);
      void trigger(false);
      return () => {
        window.removeEventListener('online', handleOnline);
        window.removeEventListener('offline', handleOffline);
        clearInterval(timer);
      };
    },
  };
}

export type SyncController = ReturnType<typeof createSyncController>;
