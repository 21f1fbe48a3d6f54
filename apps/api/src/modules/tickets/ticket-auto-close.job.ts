import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { JobsService } from '../jobs/jobs.service';
import { TicketPolicy } from './ticket-policy';
import { TicketStore } from './ticket-store.service';
import { TicketsService } from './tickets.service';

export const AUTO_CLOSE_JOB = 'tickets.auto-close';
const BATCH = 100;

/** RESOLVED tickets close by themselves after `autoCloseDays` (a pg-boss schedule, every 15 minutes). */
@Injectable()
export class TicketAutoCloseJob implements OnModuleInit {
  private readonly logger = new Logger(TicketAutoCloseJob.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly store: TicketStore,
    private readonly tickets: TicketsService,
    private readonly policy: TicketPolicy,
  ) {}

  onModuleInit() {
    this.jobs.register(AUTO_CLOSE_JOB, () => this.run(), { concurrency: 1 });
    this.jobs.schedule(AUTO_CLOSE_JOB, '*/15 * * * *');
  }

  /** Closes every ticket resolved at least N days ago; returns how many. Safe to run in several workers at once. */
  async run(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - this.policy.autoCloseDays * 86_400_000);
    let closed = 0;
    for (;;) {
      const n = await this.db.transaction(async (m) => {
        const due: { id: string }[] = await m.query(
          `SELECT id FROM tickets WHERE status = 'RESOLVED' AND resolved_at <= $1 ORDER BY resolved_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [cutoff],
        );
        for (const { id } of due) {
          const before = await this.store.lockForWrite(m, id, null, null);
          await this.tickets.applyPatch(m, before, { status: 'CLOSED' }, 'SYSTEM', null);
        }
        return due.length;
      });
      closed += n;
      if (n < BATCH) break;
    }
    if (closed) this.logger.log({ closed, cutoff }, 'auto-closed resolved tickets');
    return closed;
  }
}
