import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { badInput, conflict, notFound } from '../../common/errors/domain.exception';
import { hashToken, newToken } from '../auth/opaque-token';
import { EventLogService } from '../events/event-log.service';
import { ClientAccessService } from './client-access.service';
import { ClientMemberEntity } from './client-member.entity';
import { InvitationEntity } from './invitation.entity';

const INVITATION_DAYS = 14;

/** Invitations, joining, removing and leaving; a client always keeps at least one owner. */
@Injectable()
export class MembershipsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: ClientAccessService,
    private readonly events: EventLogService,
    private readonly clock: Clock,
  ) {}

  async invite(user: AuthUser, clientId: string, email: string) {
    await this.access.assertOwner(user, clientId);
    const normalised = email.trim().toLowerCase();
    const already = await this.db.query(
      `SELECT 1 FROM client_members m JOIN users u ON u.id = m.user_id WHERE m.client_id = $1 AND lower(u.email) = $2`,
      [clientId, normalised],
    );
    if (already.length) throw conflict('This person is already a member');
    const { token, hash } = newToken('invitation');
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const invitation = await m.save(
        m.create(InvitationEntity, {
          clientId,
          email: normalised,
          tokenHash: hash,
          invitedBy: user.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        }),
      );
      await this.events.record(m, { actorId: user.id, action: 'client.member_invited', subjectType: 'client', subjectId: clientId, clientId, data: { email: normalised } });
      return { invitation, token };
    });
  }

  async accept(user: AuthUser, token: string) {
    return this.db.transaction(async (m) => {
      const invitation = await m.findOne(InvitationEntity, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || invitation.acceptedAt || invitation.expiresAt <= this.clock.now()) throw notFound('Invitation');
      if (invitation.email !== user.email.toLowerCase()) throw notFound('Invitation');
      const existing = await m.findOneBy(ClientMemberEntity, { clientId: invitation.clientId, userId: user.id });
      if (!existing) await m.insert(ClientMemberEntity, { clientId: invitation.clientId, userId: user.id, role: 'MEMBER' });
      invitation.acceptedAt = this.clock.now();
      invitation.acceptedBy = user.id;
      await m.save(invitation);
      await this.events.record(m, { actorId: user.id, action: 'client.member_joined', subjectType: 'client', subjectId: invitation.clientId, clientId: invitation.clientId });
      return invitation.clientId;
    });
  }

  async remove(user: AuthUser, clientId: string, userId: string) {
    await this.access.assertOwner(user, clientId);
    await this.db.transaction(async (m) => {
      await this.removeMember(m, clientId, userId);
      await this.events.record(m, { actorId: user.id, action: 'client.member_removed', subjectType: 'client', subjectId: clientId, clientId, data: { userId } });
    });
  }

  async leave(user: AuthUser, clientId: string) {
    if ((await this.access.memberRole(user.id, clientId)) === null) throw notFound('Client');
    await this.db.transaction(async (m) => {
      await this.removeMember(m, clientId, user.id);
      await this.events.record(m, { actorId: user.id, action: 'client.member_left', subjectType: 'client', subjectId: clientId, clientId });
    });
  }

  /** Locks the client's memberships so two owners leaving at once cannot leave it ownerless. */
  private async removeMember(m: EntityManager, clientId: string, userId: string) {
    const members: { user_id: string; role: string }[] = await m.query(
      'SELECT user_id, role FROM client_members WHERE client_id = $1 ORDER BY user_id FOR UPDATE',
      [clientId],
    );
    const target = members.find((r) => r.user_id === userId);
    if (!target) throw notFound('Member');
    const owners = members.filter((r) => r.role === 'OWNER');
    if (target.role === 'OWNER' && owners.length === 1) {
      throw badInput('userId', 'the last owner cannot leave or be removed; make someone else an owner first');
    }
    await m.delete(ClientMemberEntity, { clientId, userId });
  }
}
