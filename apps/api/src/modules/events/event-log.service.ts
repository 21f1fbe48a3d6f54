import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';

export type EventInput = {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  clientId?: string | null;
  data?: Record<string, unknown>;
};

/** The append-only audit trail: who did what to which client, user, token, ticket, service... */
@Injectable()
export class EventLogService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Pass the transaction's manager so the event commits (or not) with the change it describes. */
  async record(manager: EntityManager | null, e: EventInput): Promise<void> {
    await (manager ?? this.db.manager).query(
      `INSERT INTO events (at, actor_id, action, subject_type, subject_id, client_id, data) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [this.clock.now(), e.actorId, e.action, e.subjectType, e.subjectId, e.clientId ?? null, JSON.stringify(e.data ?? {})],
    );
  }
}
