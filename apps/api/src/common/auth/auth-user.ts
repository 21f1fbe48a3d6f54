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
