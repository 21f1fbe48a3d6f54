import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { forbidden, notFound } from '../../common/errors/domain.exception';
import type { MemberRole } from './client-member.entity';

/** The one answer to "may this caller touch this client?". Not a member reads as not found. */
@Injectable()
export class ClientAccessService {
  constructor(private readonly db: DataSource) {}

  async memberRole(userId: string, clientId: string, manager?: EntityManager): Promise<MemberRole | null> {
    const rows: { role: MemberRole }[] = await (manager ?? this.db.manager).query(
      'SELECT role FROM client_members WHERE user_id = $1 AND client_id = $2',
      [userId, clientId],
    );
    return rows[0]?.role ?? null;
  }

  /** Staff pass; members pass; anyone else gets NOT_FOUND (never FORBIDDEN: existence is not disclosed). */
  async assertMember(user: AuthUser, clientId: string, manager?: EntityManager): Promise<void> {
    if (user.isStaff) return;
    if (!isUuid(clientId) || !(await this.memberRole(user.id, clientId, manager))) throw notFound('Client');
  }

  async assertOwner(user: AuthUser, clientId: string, manager?: EntityManager): Promise<void> {
    if (user.isAdmin) return;
    const role = isUuid(clientId) ? await this.memberRole(user.id, clientId, manager) : null;
    if (role === 'OWNER') return;
    if (role === null && !user.isStaff) throw notFound('Client');
    throw forbidden('Only an owner of this client can do this');
  }

  async memberClientIds(userId: string): Promise<string[]> {
    const rows: { client_id: string }[] = await this.db.query('SELECT client_id FROM client_members WHERE user_id = $1', [userId]);
    return rows.map((r) => r.client_id);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);
