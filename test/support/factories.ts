import { randomBytes } from 'node:crypto';
import { type AuthUser, type StaffRole, toAuthUser } from '../../apps/api/src/common/auth/auth-user';
import { hashPassword } from '../../apps/api/src/modules/auth/password';
import { SessionService } from '../../apps/api/src/modules/auth/session.service';
import { ClientsService } from '../../apps/api/src/modules/clients/clients.service';
import type { TestApp } from './test-app';

/** Every factory user has this password (hashed once per test process). */
export const FACTORY_PASSWORD = 'factory-password-123';
let factoryHash: Promise<string> | null = null;

export type TestUser = { id: string; email: string; name: string; staffRole: StaffRole | null; password: string };
export type TestClient = { id: string; slug: string; name: string };

const unique = () => randomBytes(4).toString('hex');

/** A user straight in the database (no scrypt per user); `staffRole` makes them OPS or ADMIN. */
export async function createUser(t: TestApp, opts: { email?: string; name?: string; staffRole?: StaffRole } = {}): Promise<TestUser> {
  factoryHash ??= hashPassword(FACTORY_PASSWORD);
  const email = opts.email ?? `user-${unique()}@example.test`;
  const name = opts.name ?? `User ${unique()}`;
  const [row] = await t.db.query(
    'INSERT INTO users (email, name, password_hash, staff_role) VALUES ($1, $2, $3, $4) RETURNING id',
    [email, name, await factoryHash, opts.staffRole ?? null],
  );
  return { id: row.id, email, name, staffRole: opts.staffRole ?? null, password: FACTORY_PASSWORD };
}

/** A session token for the user, as logIn would issue. */
export async function loginAs(t: TestApp, user: TestUser): Promise<string> {
  const { token } = await t.app.get(SessionService).createSession(user.id);
  return token;
}

export function asAuthUser(user: TestUser): AuthUser {
  return toAuthUser({ ...user, createdAt: new Date() }, 'session', 'factory');
}

/** A client organisation owned by `owner` (extra `members` join as MEMBER). */
export async function createClient(t: TestApp, owner: TestUser, opts: { name?: string; members?: TestUser[] } = {}): Promise<TestClient> {
  const client = await t.app.get(ClientsService).create(asAuthUser(owner), { name: opts.name ?? `Client ${unique()}` });
  for (const m of opts.members ?? []) {
    await t.db.query(`INSERT INTO client_members (client_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [client.id, m.id]);
  }
  return { id: client.id, slug: client.slug, name: client.name };
}
