// The passport of a worker: inputs from the server when online (and saved), else the saved copy; computed on the device.
import { computePassport, todayAt, type PassportCatalogue, type PassportView, type UloEvidence } from '@fit/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isOfflineError } from '../../graphql/client';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';
import { appPassportDb, loadPassport, savePassport, type PassportDb, type PassportInputsData } from './passport-db';
import { PassportInputsQuery } from './qualifications.queries';

export type PassportState =
  | { status: 'loading' }
  | { status: 'error'; offline: boolean }
  | { status: 'ready'; inputs: PassportInputsData; view: PassportView; savedAt: string | null };

/** Today on this device, as the engine reads dates (YYYY-MM-DD). */
/** A passport is a worker's, not a site's: its day is counted in the default time zone, as the API counts awards. */
export const passportToday = (now = new Date()) => todayAt(undefined, now);

/** Runs the shared engine on the inputs the server sent: the very function the server's passport runs. */
export function viewOf(inputs: PassportInputsData, today: string): PassportView {
  const moduleUlos = Object.fromEntries(inputs.modules.filter((m) => m.startable).map((m) => [m.moduleId, m.outcomes]));
  const evidence: UloEvidence[] = inputs.evidence.map((e) => ({ ...e }));
  return computePassport({ catalogue: (inputs.catalogue ?? null) as PassportCatalogue | null, evidence, moduleUlos }, today);
}

export function usePassport(viewerId: string, workerId: string | undefined, db: PassportDb = appPassportDb()) {
  const client = useGraphQLClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ inputs?: PassportInputsData; savedAt?: string | null; error?: { offline: boolean } }>({});
  const target = workerId ?? viewerId;

  useEffect(() => {
    const controller = new AbortController();
    let done = false;
    // The saved copy shows at once; the server's answer replaces it when it comes.
    void loadPassport(db, viewerId, target).then(
      (saved) => {
        if (saved && !done) setState((s) => (s.inputs ? s : { inputs: saved.inputs, savedAt: saved.savedAt }));
      },
      () => undefined,
    );
    client.request(PassportInputsQuery, { workerId: workerId ?? null }, controller.signal).then(
      (data) => {
        done = true;
        setState({ inputs: data.passportInputs, savedAt: null });
        void savePassport(db, viewerId, data.passportInputs).catch(() => undefined);
      },
      async (error: unknown) => {
        if (controller.signal.aborted) return;
        const saved = await loadPassport(db, viewerId, target).catch(() => undefined);
        done = true;
        const offline = isOfflineError(error);
        setState(saved ? { inputs: saved.inputs, savedAt: saved.savedAt, error: { offline } } : { error: { offline } });
      },
    );
    return () => controller.abort();
  }, [client, db, viewerId, workerId, target, attempt]);

  const retry = useCallback(() => {
    setState((s) => ({ inputs: s.inputs, savedAt: s.savedAt }));
    setAttempt((n) => n + 1);
  }, []);

  const result: PassportState = useMemo(() => {
    if (state.inputs) return { status: 'ready', inputs: state.inputs, view: viewOf(state.inputs, passportToday()), savedAt: state.savedAt ?? null };
    if (state.error) return { status: 'error', offline: state.error.offline };
    return { status: 'loading' };
  }, [state]);
  return { ...result, retry };
}
