import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AuthUser, StaffRole } from '../../common/auth/auth-user';
import { badInput, conflict, notFound } from '../../common/errors/domain.exception';
import { EventLogService } from '../events/event-log.service';
import { SshKeyEntity } from './ssh-key.entity';
import { parseSshPublicKey, SshKeyError } from './ssh-public-key';
import { UserEntity } from './user.entity';

/** Profiles, staff roles and ops members' SSH keys. */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventLogService,
  ) {}

  findById(id: string) {
    return this.db.getRepository(UserEntity).findOneBy({ id });
  }

  sshKeys(userId: string) {
    return this.db.getRepository(SshKeyEntity).find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async addSshKey(user: AuthUser, publicKey: string) {
    let parsed;
    try {
      parsed = parseSshPublicKey(publicKey);
    } catch (e) {
      if (e instanceof SshKeyError) throw badInput('publicKey', e.message);
      throw e;
    }
    return this.db.transaction(async (m) => {
      try {
        const key = await m.save(
          m.create(SshKeyEntity, {
            userId: user.id,
            type: parsed.type,
            publicKey: parsed.normalized,
            fingerprint: parsed.fingerprint,
            comment: parsed.comment,
            bits: parsed.bits,
          }),
        );
        await this.events.record(m, { actorId: user.id, action: 'ssh_key.added', subjectType: 'user', subjectId: user.id, data: { fingerprint: key.fingerprint } });
        return key;
      } catch (e) {
        if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') throw conflict('You already have this key');
        throw e;
      }
    });
  }

  async removeSshKey(user: AuthUser, id: string) {
    const key = await this.db.getRepository(SshKeyEntity).findOneBy({ id, userId: user.id });
    if (!key) throw notFound('SSH key');
    await this.db.transaction(async (m) => {
      await m.delete(SshKeyEntity, { id });
      await this.events.record(m, { actorId: user.id, action: 'ssh_key.removed', subjectType: 'user', subjectId: user.id, data: { fingerprint: key.fingerprint } });
    });
    return key;
  }

  async setStaffRole(admin: AuthUser, userId: string, role: StaffRole | null) {
    const repo = this.db.getRepository(UserEntity);
    const target = await repo.findOneBy({ id: userId });
    if (!target) throw notFound('User');
    if (target.id === admin.id && role !== 'ADMIN') throw badInput('userId', 'you cannot remove your own admin role');
    const from = target.staffRole;
    target.staffRole = role;
    await this.db.transaction(async (m) => {
      await m.save(target);
      await this.events.record(m, { actorId: admin.id, action: 'user.staff_role_changed', subjectType: 'user', subjectId: target.id, data: { from, to: role } });
    });
    return target;
  }

  async search(filter: { search?: string; staffOnly?: boolean }, limit: number, offset: number) {
    const qb = this.db.getRepository(UserEntity).createQueryBuilder('u').orderBy('u.created_at', 'ASC').addOrderBy('u.id').take(limit).skip(offset);
    if (filter.search) qb.andWhere('(lower(u.email) LIKE :s OR lower(u.name) LIKE :s)', { s: `%${filter.search.toLowerCase().replace(/[%_\\]/g, '\\$&')}%` });
    if (filter.staffOnly) qb.andWhere('u.staff_role IS NOT NULL');
    const [rows, total] = await qb.getManyAndCount();
    return { rows, total };
  }
}
