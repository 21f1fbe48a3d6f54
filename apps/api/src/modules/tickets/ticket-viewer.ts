import type { AuthUser } from '../../common/auth/auth-user';

/** Who is looking: staff see every ticket and internal content; everyone else only their clients' tickets, public part. */
export interface Viewer {
  userId: string;
  isStaff: boolean;
}

export const viewerOf = (user: AuthUser): Viewer => ({ userId: user.id, isStaff: user.isStaff });

/**
 * The condition that limits tickets aliased `t` to the viewer's, using parameter `$index` for the user id.
 * Scope comes from the authenticated caller, never from an argument.
 */
export function ticketScopeSql(viewer: Viewer, index: number): { sql: string; params: unknown[] } {
  if (viewer.isStaff) return { sql: 'true', params: [] };
  return { sql: `t.client_id IN (SELECT cm.client_id FROM client_members cm WHERE cm.user_id = $${index})`, params: [viewer.userId] };
}

/** Message kinds the viewer may see. */
export const visibleKinds = (viewer: Viewer): string[] => (viewer.isStaff ? ['PUBLIC', 'INTERNAL'] : ['PUBLIC']);
