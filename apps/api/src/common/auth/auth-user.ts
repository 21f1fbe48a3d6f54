export type StaffRole = 'OPS' | 'ADMIN';

/** Who is calling, as established by the AuthGuard from a session or API token. */
export type AuthUser = {
  id: string;
  email: string;
  name: string;
  staffRole: StaffRole | null;
  isStaff: boolean;
  isAdmin: boolean;
  createdAt: Date;
  via: 'session' | 'api_token';
  credentialId: string;
};

export function hasRole(user: AuthUser, role: StaffRole): boolean {
  return role === 'OPS' ? user.isStaff : user.isAdmin;
}

/** The caller as seen through one credential. */
export function toAuthUser(
  u: { id: string; email: string; name: string; staffRole: StaffRole | null; createdAt: Date },
  via: AuthUser['via'],
  credentialId: string,
): AuthUser {
  return { ...u, isStaff: u.staffRole !== null, isAdmin: u.staffRole === 'ADMIN', via, credentialId };
}
