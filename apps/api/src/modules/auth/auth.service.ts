import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { conflict, DomainException } from '../../common/errors/domain.exception';
import { EventLogService } from '../events/event-log.service';
import { UserEntity } from '../users/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { assertPasswordAcceptable, DUMMY_HASH_PROMISE, hashPassword, verifyPassword } from './password';
import { SessionService } from './session.service';

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Sign up, log in and out, change password. */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly events: EventLogService,
    private readonly clock: Clock,
  ) {}

  async signUp(input: { email: string; password: string; name: string }) {
    assertPasswordAcceptable(input.password);
    const email = normaliseEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    const user = await this.db.transaction(async (m) => {
      const existing = await m.query('SELECT 1 FROM users WHERE lower(email) = $1', [email]);
      if (existing.length) throw conflict('An account with this email already exists');
      let created: UserEntity;
      try {
        created = await m.save(m.create(UserEntity, { email, name: input.name.trim(), passwordHash, staffRole: null }));
      } catch (e) {
        if (e instanceof QueryFailedError && (e as { code?: string }).code === '23505') throw conflict('An account with this email already exists');
        throw e;
      }
      await this.events.record(m, { actorId: created.id, action: 'user.signed_up', subjectType: 'user', subjectId: created.id });
      return created;
    });
    const session = await this.sessions.createSession(user.id);
    return { user, ...session };
  }

  async logIn(input: { email: string; password: string }, ip: string) {
    const email = normaliseEmail(input.email);
    await this.throttle.assertAllowed(email, ip);
    const user = await this.db.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = :email', { email }).getOne();
    // Unknown email and wrong password take the same time and give the same answer.
    const ok = await verifyPassword(input.password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    await this.throttle.record(email, ip, Boolean(user && ok));
    if (!user || !ok) throw new DomainException('UNAUTHENTICATED', 'Wrong email or password');
    const session = await this.sessions.createSession(user.id);
    await this.events.record(null, { actorId: user.id, action: 'user.logged_in', subjectType: 'user', subjectId: user.id, data: { ip } });
    return { user, ...session };
  }

  async logOut(user: AuthUser): Promise<void> {
    if (user.via === 'session') await this.sessions.revokeSession(user.credentialId);
  }

  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    assertPasswordAcceptable(newPassword, 'newPassword');
    const entity = await this.db.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    if (!(await verifyPassword(currentPassword, entity.passwordHash))) {
      throw new DomainException('BAD_USER_INPUT', 'currentPassword: is not your current password', { field: 'currentPassword' });
    }
    await this.db.transaction(async (m) => {
      await m.update(UserEntity, { id: user.id }, { passwordHash: await hashPassword(newPassword), updatedAt: this.clock.now() });
      await this.events.record(m, { actorId: user.id, action: 'user.password_changed', subjectType: 'user', subjectId: user.id });
    });
    await this.sessions.revokeOtherSessions(user.id, user.via === 'session' ? user.credentialId : null);
  }
}
