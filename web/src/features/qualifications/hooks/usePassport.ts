// The passport of a worker: its inputs are a read kept for offline use (the query cache's saved copy), the passport
// itself is computed on the device by the shared engine, exactly as the server computes it.
import { computePassport, todayAt, type PassportCatalogue, type PassportView, type UloEvidence } from '@fit/shared';
import { useMemo } from 'react';
import type { PassportInputsQuery as PassportInputsResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery } from '../../../graphql/useGraphQLQuery';
import { PassportInputsQuery } from '../api/qualifications.queries';

export type PassportInputsData = PassportInputsResult['passportInputs'];

export type PassportState =
  | { status: 'loading' }
  | { status: 'error'; offline: boolean }
  /** `savedAt`: set when the server could not be asked and this is the copy saved on the device. */
  | { status: 'ready'; inputs: PassportInputsData; view: PassportView; savedAt: string | null };

/** A passport is a worker's, not a site's: its day is counted in the default time zone, as the API counts awards. */
export const passportToday = (now = new Date()) => todayAt(undefined, now);

/** Runs the shared engine on the inputs the server sent: the very function the server's passport runs. */
export function viewOf(inputs: PassportInputsData, today: string): PassportView {
  const moduleUlos = Object.fromEntries(inputs.modules.filter((m) => m.startable).map((m) => [m.moduleId, m.outcomes]));
  const evidence: UloEvidence[] = inputs.evidence.map((e) => ({ ...e }));
  return computePassport({ catalogue: (inputs.catalogue ?? null) as PassportCatalogue | null, evidence, moduleUlos }, today);
}

/** Your own passport without `workerId`, else that worker's (staff). */
export function usePassport(workerId: string | undefined): PassportState & { retry: () => void } {
  const query = useGraphQLQuery(PassportInputsQuery, { workerId: workerId ?? null }, { offline: true });
  const inputs = query.data?.passportInputs;
  const view = useMemo(() => (inputs ? viewOf(inputs, passportToday()) : undefined), [inputs]);
  const { retry } = query;
  if (inputs && view) {
    const savedAt = query.status === 'error' && query.updatedAt ? new Date(query.updatedAt).toISOString() : null;
    return { status: 'ready', inputs, view, savedAt, retry };
  }
  if (query.status === 'error') return { status: 'error', offline: query.failure === 'offline', retry };
  return { status: 'loading', retry };
}
