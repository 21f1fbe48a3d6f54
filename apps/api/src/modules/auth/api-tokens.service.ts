import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { badInput, notFound } from '../../common/errors/domain.exception';
import { EventLogService } from '../events/event-log.service';
import { ApiTokenEntity } from './api-token.entity';
import { newToken } from './opaque-token';

/** Personal API tokens: shown once, stored hashed, revocable. */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventLogService,
    private readonly clock: Clock,
  ) {}

  list(user: AuthUser) {
    return this.db.getRepository(ApiTokenEntity).find({ where: { userId: user.id }, order: { createdAt: 'DESC' } });
  }

  async create(user: AuthUser, name: string, expiresInDays?: number) {
    if (expiresInDays !== undefined && (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 3650)) {
      throw badInput('expiresInDays', 'must be a whole number of days between 1 and 3650');
    }
    const { token, hash } = newToken('api_token');
    const now = this.clock.now();
    return this.db.transaction(async (m) => {
      const apiToken = await m.save(
        m.create(ApiTokenEntity, {
          userId: user.id,
          name: name.trim(),
          tokenHash: hash,
          prefix: token.slice(0, 10),
          createdAt: now,
          expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * 86_400_000) : null,
        }),
      );
      await this.events.record(m, { actorId: user.id, action: 'api_token.created', subjectType: 'api_token', subjectId: apiToken.id, data: { name: apiToken.name } });
      return { apiToken, token };
    });
  }

  async revoke(user: AuthUser, id: string) {
    const repo = this.db.getRepository(ApiTokenEntity);
    const apiToken = await repo.findOne({ where: { id, userId: user.id, revokedAt: IsNull() } });
    if (!apiToken) throw notFound('API token');
    apiToken.revokedAt = this.clock.now();
    await this.db.transaction(async (m) => {
      await m.save(apiToken);
      await this.events.record(m, { actorId: user.id, action: 'api_token.revoked', subjectType: 'api_token', subjectId: apiToken.id });
    });
    return apiToken;
  }
}
