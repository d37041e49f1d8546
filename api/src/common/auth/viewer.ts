// Who is calling: resolved from the access token by the guard, per request.
import type { Role } from '@fit/shared';

export interface Viewer {
  userId: string;
  organisationId: string;
  role: Role;
}

export interface RequestWithViewer {
  headers: Record<string, string | string[] | undefined>;
  viewer?: Viewer;
}
