// Who may read or write which documents, on top of the organisation scope every query carries:
// client credentials and staff use their whole organisation's documents; a worker (site tablet) only those of
// their own agent, and may read but not change the activity profiles every learner shares.
import { FIT_ACCOUNT_HOMEPAGE } from '@fit/shared';
import { forbidden } from '../../common/errors/domain-error.js';
import { workerScope, type XapiPrincipal } from '../learning-records/xapi-principal.js';
import type { XapiAgent } from './document-params.js';

export function checkAgentAccess(principal: XapiPrincipal, agent: XapiAgent): void {
  const workerId = workerScope(principal);
  if (workerId === null) return;
  const own = agent.account?.homePage === FIT_ACCOUNT_HOMEPAGE && agent.account.name.toLowerCase() === workerId.toLowerCase();
  if (!own) throw forbidden('A worker reads and writes only their own documents.');
}

export function checkSharedWrite(principal: XapiPrincipal): void {
  if (workerScope(principal) !== null) throw forbidden('Activity profiles are written by content and staff, not from a worker session.');
}
