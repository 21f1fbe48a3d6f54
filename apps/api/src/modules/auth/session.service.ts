import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AuthUser, type StaffRole, toAuthUser } from '../../common/auth/auth-user';
import { extractToken } from '../../common/auth/extract-token';
import type { PortalRequest } from '../../common/auth/request-of';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { preparedQuery } from '../../database/prepared-query';
import { hashToken, newToken, credentialKind } from './opaque-token';

type Row = { credential_id: string; id: string; email: string; name: string; staff_role: StaffRole | null; created_at: Date };

/** Sessions and API tokens: issue, resolve to a caller, revoke. One indexed lookup per request. */
@Injectable()
export class SessionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const { token, hash } = newToken('session');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlHours * 3_600_000);
    await this.db.query('INSERT INTO sessions (user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
      userId,
      hash,
      now,
      expiresAt,
    ]);
    return { token, expiresAt };
  }

  /** The request's caller (remembered on the request), or null without a valid token or session. */
  async callerOf(req: PortalRequest): Promise<AuthUser | null> {
    if (req.user) return req.user;
    const token = extractToken(req);
    const user = token ? await this.authenticate(token) : null;
    if (user) req.user = user;
    return user;
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    const kind = credentialKind(token);
    if (!kind) return null;
    const table = kind === 'session' ? 'sessions' : 'api_tokens';
    // The hot path of every request: a named statement straight on the pg pool.
    const rows = await preparedQuery<Row>(
      this.db,
      `SELECT t.id AS credential_id, u.id, u.email, u.name, u.staff_role, u.created_at
         FROM ${table} t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)`,
      [hashToken(token), this.clock.now()],
    );
    const row = rows[0];
    if (!row) return null;
    return toAuthUser({ id: row.id, email: row.email, name: row.name, staffRole: row.staff_role, createdAt: row.created_at }, kind, row.credential_id);
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.db.query('UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [sessionId, this.clock.now()]);
  }

  /** Every session of a user except `keep` (after a password change). */
  async revokeOtherSessions(userId: string, keep: string | null): Promise<void> {
    await this.db.query(
      'UPDATE sessions SET revoked_at = $3 WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2',
      [userId, keep, this.clock.now()],
    );
  }
}
