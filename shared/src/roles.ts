// Roles a membership grants inside one organisation, from least to most privileged.
export const ROLES = ['worker', 'trainer', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that manage people and training inside an organisation (used to scope staff-only screens). */
export const STAFF_ROLES: readonly Role[] = ['trainer', 'manager', 'admin'];

/** Roles that write modules and see drafts; everyone else in the organisation reads published versions only. */
export const AUTHOR_ROLES: readonly Role[] = ['trainer', 'admin'];
