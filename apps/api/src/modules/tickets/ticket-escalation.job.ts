import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { JobsService } from '../jobs/jobs.service';
import { TicketLiveService } from './ticket-live.service';
import { OPEN_SQL } from './ticket-queue-sql';
import { ESCALATION_WINDOW_MS } from './ticket-queue-views';
import { TICKET_COLUMNS, TICKET_JOINS, toTicketRecord } from './ticket-record';
import { TicketStore } from './ticket-store.service';

export const ESCALATION_JOB = 'tickets.escalation';
const MINUTE = 60_000;

/**
 * Tickets enter ESCALATED by time alone (a running deadline comes within the hour), with no write to
 * signal it. Every minute this tells the live subscribers about the tickets that crossed that line in the
 * minute before the one the schedule fired in, so an ops console watching ESCALATED sees them arrive.
 * Each minute is covered by its own scheduled run; the signals also drop the remembered counts and answers.
 */
@Injectable()
export class TicketEscalationJob implements OnModuleInit {
  private readonly logger = new Logger(TicketEscalationJob.name);
  private doneUpTo = -Infinity;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly store: TicketStore,
    private readonly live: TicketLiveService,
  ) {}

  onModuleInit() {
    this.jobs.register(ESCALATION_JOB, () => this.run(), { concurrency: 1 });
    this.jobs.schedule(ESCALATION_JOB, '* * * * *');
  }

  /** Signals the tickets that became escalated in the last whole minute; returns their numbers. */
  async run(): Promise<number[]> {
    const to = Math.floor(this.clock.now().getTime() / MINUTE) * MINUTE;
    if (to <= this.doneUpTo) return []; // this process already covered that minute (a retried or doubled run)
    const from = Math.max(to - MINUTE, this.doneUpTo);
    return this.db.transaction(async (m) => {
      const rows: Record<string, unknown>[] = await m.query(
        `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS}
          WHERE ${OPEN_SQL} AND t.sla_paused_since IS NULL
            AND COALESCE(t.sla_due_at, 'infinity') > $1::timestamptz AND COALESCE(t.sla_due_at, 'infinity') <= $2::timestamptz`,
        [new Date(from + ESCALATION_WINDOW_MS), new Date(to + ESCALATION_WINDOW_MS)],
      );
      const numbers: number[] = [];
      for (const ticket of rows.map(toTicketRecord)) {
        numbers.push(ticket.number);
        const signal = this.store.signalFor(ticket, ticket, 'INTERNAL');
        await this.live.signal(m, { ...signal, viewsBefore: signal.viewsBefore.filter((v) => v !== 'ESCALATED') });
      }
      if (rows.length) this.logger.log({ escalated: rows.length, from: new Date(from) }, 'tickets escalated by time');
      this.doneUpTo = to;
      return numbers;
    });
  }
}
