// Who is calling the xAPI endpoint: an organisation's client credential, or a signed-in FIT user.
import { STAFF_ROLES, type Role } from '@fit/shared';
import type { ServedVersion } from './xapi-version.js';

export type XapiPrincipal =
  | { kind: 'client'; organisationId: string }
  | { kind: 'user'; organisationId: string; userId: string; role: Role };

export interface RequestWithXapi {
  headers: Record<string, string | string[] | undefined>;
  xapi?: XapiPrincipal;
  /** The xAPI version this request is answered in (from its X-Experience-API-Version header). */
  xapiVersion?: ServedVersion;
}

/** Workers see and void only their own statements: their user id, or null for staff and clients. */
export function workerScope(principal: XapiPrincipal): string | null {
  return principal.kind === 'user' && !STAFF_ROLES.includes(principal.role) ? principal.userId : null;
}
