// The Role enum as GraphQL exposes it, so clients get a closed set instead of free text.
import { registerEnumType } from '@nestjs/graphql';
import type { Role } from '@fit/shared';

export const RoleEnum = {
  worker: 'worker',
  trainer: 'trainer',
  manager: 'manager',
  admin: 'admin',
  facilitator: 'facilitator',
  planner: 'planner',
} as const satisfies Record<
  Role,
  Role
>;

registerEnumType(RoleEnum, { name: 'Role', description: "A membership's role inside one organisation" });
