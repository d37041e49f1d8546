// Who is calling: resolved from the access token by the guard, per request.
import type { Role } from '@fit/shared';

export type SessionKind = 'web' | 'tablet';

export interface Viewer {
  userId: string;
  organisationId: string;
  role: Role;
  /** The session (refresh-token family) the access token belongs to; logout ends it. */
  sessionId?: string;
  sessionKind?: SessionKind;
  /** Set for a worker signed in on a shared site tablet. */
  tabletId?: string | null;
}

export interface RequestWithViewer {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  viewer?: Viewer;
}
