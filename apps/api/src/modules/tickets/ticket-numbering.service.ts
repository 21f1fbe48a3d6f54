import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TicketState } from './ticket-change';
import { TicketCountCache } from './ticket-count-cache';
import { TICKET_CHANNEL, type TicketSignal } from './ticket-live.service';
import { TICKET_COLUMNS, TICKET_JOINS, toTicketRecord, type TicketRecord } from './ticket-record';

export interface NumberedTicketRow {
  clientId: string;
  requesterId: string | null;
  subject: string;
  body: string;
  state: TicketState;
  due: { firstResponseDueAt: Date | null; resolutionDueAt: Date | null };
  /** The live signal, without the id and number it gets here. */
  signal: TicketSignal;
}

/**
 * Gap-free ticket numbers: the counter row is bumped inside the transaction that inserts the ticket, so
 * the row lock orders concurrent filers and a rolled-back insert gives its number back. UNIQUE(number)
 * on tickets is the second line of defence.
 *
 * Commits serialize on that row, so everything that needs the number happens in one statement (bump,
 * ticket, opening message, watcher, FILED event, NOTIFY): the lock is held for one round trip plus COMMIT,
 * and outside a transaction for that one statement alone.
 */
@Injectable()
export class TicketNumberingService {
  constructor(private readonly counts: TicketCountCache) {}

  /**
   * The new ticket as read back from the insert itself (one round trip), or null when the client does
   * not exist: then the counter is not bumped and nothing is written.
   */
  async insertNumbered(m: EntityManager, row: NumberedTicketRow): Promise<TicketRecord | null> {
    const { state } = row;
    const rows: Record<string, unknown>[] = await m.query(
      `WITH n AS (
         UPDATE ticket_number_counter SET last_number = last_number + 1
         WHERE id AND EXISTS (SELECT 1 FROM clients WHERE id = $1) RETURNING last_number),
       t AS (
         INSERT INTO tickets (number, client_id, requester_id, subject, body, status, priority, working_group_id, service_id,
           created_at, updated_at, last_public_activity_at, last_activity_at, first_response_due_at, resolution_due_at)
         SELECT n.last_number, $1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $9, $9, $10, $11 FROM n
         RETURNING *),
       msg AS (INSERT INTO ticket_messages (ticket_id, kind, author_id, body, created_at) SELECT t.id, 'PUBLIC', $2, $4, $9 FROM t),
       w AS (INSERT INTO ticket_watchers (ticket_id, user_id, created_at) SELECT t.id, $2, $9 FROM t WHERE $2::uuid IS NOT NULL),
       e AS (INSERT INTO ticket_events (ticket_id, at, actor_id, kind, visibility, to_value)
             SELECT t.id, $9, $2, 'FILED', 'PUBLIC', '#' || t.number FROM t)
       SELECT ${TICKET_COLUMNS}, pg_notify($12, ($13::jsonb || jsonb_build_object('ticketId', t.id, 'number', t.number))::text)
       FROM t ${TICKET_JOINS}`,
      [
        row.clientId, row.requesterId, row.subject, row.body, state.status, state.priority, state.workingGroupId, state.serviceId,
        state.createdAt, row.due.firstResponseDueAt, row.due.resolutionDueAt, TICKET_CHANNEL, JSON.stringify(row.signal),
      ],
    );
    if (!rows[0]) return null;
    this.counts.noteWrite(m); // after the statement: outside a transaction it has committed by now
    return toTicketRecord(rows[0]);
  }
}
