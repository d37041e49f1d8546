// Every resolver and route declares who may call it: @Public() or @Roles(...). The guard refuses anything else.
import { SetMetadata } from '@nestjs/common';
import type { Role } from '@fit/shared';

export const PUBLIC_KEY = 'fit:public';
export const ROLES_KEY = 'fit:roles';

/** Open to anyone, signed in or not. Use sparingly: login, health, public verification. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Signed-in users whose role in their active organisation is one of these. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
