// The worker's due recall questions, read from the tablet's pack and outbox (no network needed).
import type { SitePackRecallCard } from '@fit/shared';
import { useEffect, useState } from 'react';
import { appPackDb } from '../../site-pack';
import { appOutbox } from '../../sync';
import { dueRecall } from '../recall-cards';

export function useDueRecall(userId: string): SitePackRecallCard[] | undefined {
  const [due, setDue] = useState<SitePackRecallCard[] | undefined>();
  useEffect(() => {
    let live = true;
    dueRecall(userId, appPackDb(), appOutbox()).then(
      (cards) => live && setDue(cards),
      // No IndexedDB (private window): no recall on this device.
      () => live && setDue([]),
    );
    return () => {
      live = false;
    };
  }, [userId]);
  return due;
}
