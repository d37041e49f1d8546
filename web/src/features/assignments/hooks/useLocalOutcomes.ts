// The signed-in worker's finished attempts still in the outbox, read again whenever the outbox changes (a record
// queued, records delivered), so the screens move a finished module to "Done" at once.
import { useEffect, useState } from 'react';
import { appOutbox } from '../../sync';
import { useSyncState } from '../../sync';
import { localOutcomes, type LocalOutcome } from '../localOutcomes';

export function useLocalOutcomes(userId: string): Map<string, LocalOutcome> {
  const { waiting, delivered } = useSyncState();
  const [outcomes, setOutcomes] = useState<Map<string, LocalOutcome>>(() => new Map());
  useEffect(() => {
    let live = true;
    appOutbox()
      .statements.where('userId')
      .equals(userId)
      .toArray()
      .then(
        (rows) => live && setOutcomes(localOutcomes(rows, userId)),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [userId, waiting, delivered]);
  return outcomes;
}
