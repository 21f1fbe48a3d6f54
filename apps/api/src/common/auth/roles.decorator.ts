import { SetMetadata } from '@nestjs/common';
import type { StaffRole } from './auth-user';

export const ROLES_KEY = 'portal:roles';
/** Requires a staff role (ADMIN includes OPS). Combine with AuthGuard. */
export const Roles = (role: StaffRole) => SetMetadata(ROLES_KEY, role);
