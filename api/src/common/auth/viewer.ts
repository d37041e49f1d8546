// Who is calling: resolved from the access token by the guard, per request.
import type { Role } from '@fit/shared';

export type SessionKind = 'web' | 'tablet';

/** The user and every membership (oldest first), read by the per-request session check so `me` needs no query. */
export interface ViewerProfile {
  id: string;
  email: string | null;
  displayName: string;
  language: string;
  memberships: { role: Role; organisation: { id: string; slug: string; name: string; kind: string } }[];
}

export interface Viewer {
  userId: string;
  organisationId: string;
  role: Role;
  /** The session (refresh-token family) the access token belongs to; logout ends it. */
  sessionId?: string;
  sessionKind?: SessionKind;
  /** Set for a worker signed in on a shared site tablet. */
  tabletId?: string | null;
  /** Set by the session check of this request (never kept across requests). */
  profile?: ViewerProfile;
}

export interface RequestWithViewer {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  viewer?: Viewer;
}
