// Roles a membership grants inside one organisation. The first four run an SME or a training centre, from least to
// most privileged; `facilitator` and `planner` belong to network bodies (a Maison de l'Emploi, a PLIE).
export const ROLES = ['worker', 'trainer', 'manager', 'admin', 'facilitator', 'planner'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that manage people and training inside an organisation (used to scope staff-only screens). */
export const STAFF_ROLES: readonly Role[] = ['trainer', 'manager', 'admin'];

/** Roles that write modules and see drafts; everyone else in the organisation reads published versions only. */
export const AUTHOR_ROLES: readonly Role[] = ['trainer', 'admin'];

/**
 * Roles of a network body's people: the social-clause facilitator follows contracts and participants of a territory;
 * the planner (a steering committee member) plans the skills a territory will need. The network's admin holds `admin`.
 */
export const NETWORK_ROLES: readonly Role[] = ['facilitator', 'planner'];

/** Everyone of a network body who reads its territories and the organisations sharing with it. */
export const NETWORK_READERS: readonly Role[] = ['facilitator', 'planner', 'admin'];
