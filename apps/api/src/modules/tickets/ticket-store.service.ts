import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { storedDeadlines, type TicketChange, type TicketState, type Visibility } from './ticket-change';
import type { TicketEventKind } from './ticket-event.entity';
import { TicketCountCache } from './ticket-count-cache';
import { TicketLiveService, type TicketSignal } from './ticket-live.service';
import { TicketPolicy } from './ticket-policy';
import { queueViewsOf } from './ticket-queue-views';
import { TICKET_COLUMNS, TICKET_JOINS, toTicketRecord, type TicketRecord } from './ticket-record';
import { staleVersion, ticketNotFound } from './tickets.exception';
import type { Viewer } from './ticket-viewer';
import { isUuid } from '../clients/client-access.service';

export interface TicketEventInput {
  kind: TicketEventKind;
  visibility: Visibility;
  from: string | null;
  to: string | null;
}

/**
 * Reads and writes ticket rows inside a caller's transaction: locks, version checks, the event log and
 * the live signal. Every ticket write goes through `save`, so none of them forgets a piece.
 */
@Injectable()
export class TicketStore {
  constructor(
    private readonly clock: Clock,
    private readonly live: TicketLiveService,
    private readonly policy: TicketPolicy,
    private readonly counts: TicketCountCache,
  ) {}

  deadlines(state: TicketState) {
    return storedDeadlines(state, this.policy.sla);
  }

  async findById(m: EntityManager, id: string, lock = false): Promise<TicketRecord | null> {
    const rows: Record<string, unknown>[] = await m.query(
      `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS} WHERE t.id = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [id],
    );
    return rows[0] ? toTicketRecord(rows[0]) : null;
  }

  /**
   * Locks the ticket row for a write by `viewer` (null = the system): a ticket the viewer may not see is
   * NOT_FOUND, checked before the version so a stale version never reveals a stranger's ticket.
   */
  async lockForWrite(m: EntityManager, id: string, viewer: Viewer | null, expectedVersion: number | null): Promise<TicketRecord> {
    const record = isUuid(id) ? await this.findById(m, id, true) : null;
    if (!record || (viewer && !(await this.canSee(m, viewer, record.clientId)))) throw ticketNotFound();
    if (expectedVersion !== null && record.version !== expectedVersion) throw staleVersion();
    return record;
  }

  async canSee(m: EntityManager, viewer: Viewer, clientId: string): Promise<boolean> {
    if (viewer.isStaff) return true;
    const rows: unknown[] = await m.query('SELECT 1 FROM client_members WHERE user_id = $1 AND client_id = $2', [viewer.userId, clientId]);
    return rows.length > 0;
  }

  /** The ticket with this number as the viewer may see it; a merged ticket's number finds the ticket it was merged into. */
  async findByNumber(m: EntityManager, viewer: Viewer, number: number): Promise<TicketRecord> {
    const rows: Record<string, unknown>[] = await m.query(
      `WITH RECURSIVE chain AS (
         SELECT id, merged_into_id, 0 AS depth FROM tickets WHERE number = $1
         UNION ALL
         SELECT t.id, t.merged_into_id, chain.depth + 1 FROM tickets t JOIN chain ON t.id = chain.merged_into_id WHERE chain.depth < 20)
       SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS}
       WHERE t.id = (SELECT id FROM chain WHERE merged_into_id IS NULL LIMIT 1)`,
      [number],
    );
    const record = rows[0] ? toTicketRecord(rows[0]) : null;
    if (!record || !(await this.canSee(m, viewer, record.clientId))) throw ticketNotFound();
    return record;
  }

  /** The ticket a write aimed at `id` lands on: itself, or the ticket it was merged into. */
  async resolveMerged(m: EntityManager, id: string): Promise<string> {
    let current = id;
    for (let i = 0; i < 20; i++) {
      const rows: { merged_into_id: string | null }[] = await m.query('SELECT merged_into_id FROM tickets WHERE id = $1', [current]);
      if (!rows[0]?.merged_into_id) return current;
      current = rows[0].merged_into_id;
    }
    return current;
  }

  /**
   * Writes the new state (bumping the version), the events, and the live signal. `publicActivity` says
   * whether clients can see that something happened (moves their last-activity time).
   */
  async save(
    m: EntityManager,
    before: TicketRecord,
    after: TicketState,
    events: TicketEventInput[],
    actorId: string | null,
    options: { publicActivity: boolean; bumpVersion?: boolean },
  ): Promise<TicketRecord> {
    const now = this.clock.now();
    const due = storedDeadlines(after, this.policy.sla);
    const bump = options.bumpVersion ?? true;
    await m.query(
      `UPDATE tickets SET status = $2, priority = $3, working_group_id = $4, assignee_id = $5, labels = $6, service_id = $7,
         sla_paused_ms = $8, sla_paused_since = $9, first_response_at = $10, first_response_paused_ms = $11,
         resolved_at = $12, resolution_paused_ms = $13, closed_at = $14, first_response_due_at = $15, resolution_due_at = $16,
         version = version + $17, updated_at = CASE WHEN $17 = 1 THEN $18 ELSE updated_at END, last_activity_at = $18,
         last_public_activity_at = CASE WHEN $19 THEN $18 ELSE last_public_activity_at END
       WHERE id = $1`,
      [
        before.id, after.status, after.priority, after.workingGroupId, after.assigneeId, after.labels, after.serviceId,
        after.slaPausedMs, after.slaPausedSince, after.firstResponseAt, after.firstResponsePausedMs,
        after.resolvedAt, after.resolutionPausedMs, after.closedAt, due.firstResponseDueAt, due.resolutionDueAt,
        bump ? 1 : 0, now, options.publicActivity,
      ],
    );
    await this.recordEvents(m, before.id, actorId, events);
    await this.signal(m, before, { ...before, ...after }, options.publicActivity || events.some((e) => e.visibility === 'PUBLIC') ? 'PUBLIC' : 'INTERNAL');
    return (await this.findById(m, before.id))!;
  }

  async recordEvents(m: EntityManager, ticketId: string, actorId: string | null, events: TicketEventInput[]): Promise<void> {
    if (!events.length) return;
    const now = this.clock.now();
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      values.push(ticketId, now, actorId, e.kind, e.visibility, e.from, e.to);
      const b = i * 7;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7})`;
    });
    await m.query(
      `INSERT INTO ticket_events (ticket_id, at, actor_id, kind, visibility, from_value, to_value) VALUES ${rows.join(', ')}`,
      values,
    );
  }

  /** Field changes as event rows; working groups are logged by slug so the log reads without lookups. */
  async changeEvents(m: EntityManager, changes: TicketChange[]): Promise<TicketEventInput[]> {
    const groupIds = changes.filter((c) => c.kind === 'WORKING_GROUP').flatMap((c) => [c.from, c.to]).filter((v): v is string => !!v);
    const slugs = new Map<string, string>();
    if (groupIds.length) {
      const rows: { id: string; slug: string }[] = await m.query('SELECT id, slug FROM working_groups WHERE id = ANY($1)', [groupIds]);
      for (const r of rows) slugs.set(r.id, r.slug);
    }
    const show = (c: TicketChange, v: string | null) => (v && c.kind === 'WORKING_GROUP' ? (slugs.get(v) ?? v) : v);
    return changes.map((c) => ({ kind: c.kind, visibility: c.visibility, from: show(c, c.from), to: show(c, c.to) }));
  }

  /** What subscribers hear of a change from `before` (null = a new ticket) to `after`. */
  signalFor(before: TicketRecord | null, after: TicketState & { id: string; number: number; clientId: string }, visibility: Visibility): TicketSignal {
    const now = this.clock.now();
    return {
      ticketId: after.id,
      number: after.number,
      clientId: after.clientId,
      visibility,
      viewsBefore: before ? [...queueViewsOf(before, null, this.policy.sla, now)] : [],
      viewsAfter: [...queueViewsOf(after, null, this.policy.sla, now)],
      assigneeBefore: before?.assigneeId ?? null,
      assigneeAfter: after.assigneeId,
    };
  }

  async signal(m: EntityManager, before: TicketRecord | null, after: TicketState & { id: string; number: number; clientId: string }, visibility: Visibility) {
    this.counts.noteWrite(m);
    await this.live.signal(m, this.signalFor(before, after, visibility));
  }
}
