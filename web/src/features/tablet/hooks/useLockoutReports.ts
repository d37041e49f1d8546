// Once the tablet reaches the server, it reports the wrong-PIN locks that happened offline, so managers hear of them.
import { useEffect } from 'react';
import { errorCode } from '../../../graphql/client';
import { useGraphQLClient } from '../../../graphql/GraphQLClientContext';
import { reportLockouts, appPackDb } from '../../site-pack';
import { ReportOfflineLockoutMutation } from '../api/tablet.queries';

export function useLockoutReports(online: boolean): void {
  const client = useGraphQLClient();
  useEffect(() => {
    if (!online) return;
    const send = (workerId: string, lockedAt: string) => client.request(ReportOfflineLockoutMutation, { workerId, lockedAt });
    // Best effort: whatever is not sent now waits in the pack for the next time the name picker is online.
    void reportLockouts(appPackDb(), send, (e) => errorCode(e) ?? null).catch(() => undefined);
  }, [client, online]);
}
