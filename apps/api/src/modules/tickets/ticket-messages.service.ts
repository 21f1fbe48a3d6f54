import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import type { TicketEventObject, TicketLinkObject, TicketMessageObject, TicketObject } from './dto/ticket.object';
import { planTicketChange, withFirstResponse } from './ticket-change';
import { statusAfterPublicMessage } from './ticket-lifecycle';
import { internalHints, type StaffIdentity } from './public-reply-guard';
import type { TicketRecord } from './ticket-record';
import { TicketStore } from './ticket-store.service';
import { visibleKinds, viewerOf, type Viewer } from './ticket-viewer';
import { TicketsService } from './tickets.service';
import { TicketErrorCode, TicketException } from './tickets.exception';

const FOLLOW_UP_SUBJECT_MAX = 200;

/** Replies, internal notes, and the lists a ticket shows (messages, events, links) filtered for the viewer. */
@Injectable()
export class TicketMessagesService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly store: TicketStore,
    private readonly tickets: TicketsService,
  ) {}

  /**
   * A public reply. From a client it reopens a ticket waiting on them or resolved; the first staff reply
   * is the first response. On a CLOSED ticket it files a follow-up ticket instead, which is returned.
   */
  async reply(user: AuthUser, ticketId: string, body: string, confirmPublic: boolean): Promise<TicketObject> {
    return this.write(user, ticketId, body, async (m, before, text) => {
      if (user.isStaff && !confirmPublic) await this.assertLooksPublic(m, text);
      if (before.status === 'CLOSED') return this.fileFollowUp(m, before, text, user.id);
      const now = this.clock.now();
      await this.insertMessage(m, before.id, 'PUBLIC', user.id, text, now);
      const author = user.isStaff ? 'STAFF' : 'CLIENT';
      let state = user.isStaff ? withFirstResponse(before, now) : { ...before };
      const next = statusAfterPublicMessage(before.status, author);
      const { state: moved, changes } = next ? planTicketChange(state, { status: next }, user.isStaff ? 'SYSTEM' : 'CLIENT', now) : { state, changes: [] };
      state = moved;
      return this.store.save(m, before, state, await this.store.changeEvents(m, changes), user.id, { publicActivity: true });
    });
  }

  /** Staff only: a note clients never see. It moves nothing a client can observe (not the version, not their activity time). */
  async addInternalNote(user: AuthUser, ticketId: string, body: string): Promise<TicketObject> {
    return this.write(user, ticketId, body, async (m, before, text) => {
      await this.insertMessage(m, before.id, 'INTERNAL', user.id, text, this.clock.now());
      return this.store.save(m, before, before, [], user.id, { publicActivity: false, bumpVersion: false });
    });
  }

  /** A message lands on the ticket (or the one it was merged into), locked, in one transaction. */
  private async write(
    user: AuthUser,
    ticketId: string,
    body: string,
    apply: (m: EntityManager, before: TicketRecord, text: string) => Promise<TicketRecord>,
  ): Promise<TicketObject> {
    const viewer = viewerOf(user);
    const text = body.trim();
    if (!text) throw new TicketException(TicketErrorCode.INVALID_INPUT, 'body: must not be empty', 'body');
    const record = await this.db.transaction(async (m) => {
      const before = await this.store.lockForWrite(m, await this.store.resolveMerged(m, ticketId), viewer, null);
      return apply(m, before, text);
    });
    return this.tickets.present(record, viewer);
  }

  private async assertLooksPublic(m: EntityManager, body: string) {
    const staff: StaffIdentity[] = await m.query('SELECT name, email FROM users WHERE staff_role IS NOT NULL');
    const hints = internalHints(body, staff);
    if (!hints.length) return;
    const reasons = hints.map((h) => (h.kind === 'MENTION' ? `mentions @${h.handle}` : `says "${h.word}"`)).join(', ');
    throw new TicketException(
      TicketErrorCode.NEEDS_CONFIRMATION,
      `This reply ${reasons}, so it may be meant as an internal note; send it with confirmPublic: true to publish it`,
      'confirmPublic',
    );
  }

  private async fileFollowUp(m: EntityManager, closed: TicketRecord, body: string, authorId: string): Promise<TicketRecord> {
    const subject = `Follow-up to #${closed.number}: ${closed.subject}`.slice(0, FOLLOW_UP_SUBJECT_MAX);
    const followUp = await this.tickets.insert(m, { clientId: closed.clientId, subject, body, serviceId: closed.serviceId }, authorId, {});
    await m.query(
      `INSERT INTO ticket_links (from_ticket_id, to_ticket_id, kind, created_at, created_by_id) VALUES ($1, $2, 'FOLLOW_UP_OF', $3, $4)`,
      [followUp.id, closed.id, this.clock.now(), authorId],
    );
    await this.store.recordEvents(m, followUp.id, authorId, [{ kind: 'LINKED', visibility: 'PUBLIC', from: null, to: `FOLLOW_UP_OF #${closed.number}` }]);
    await this.store.recordEvents(m, closed.id, authorId, [{ kind: 'LINKED', visibility: 'PUBLIC', from: null, to: `FOLLOWED_UP_BY #${followUp.number}` }]);
    return followUp;
  }

  private async insertMessage(m: EntityManager, ticketId: string, kind: 'PUBLIC' | 'INTERNAL', authorId: string, body: string, now: Date) {
    await m.query('INSERT INTO ticket_messages (ticket_id, kind, author_id, body, created_at) VALUES ($1, $2, $3, $4, $5)', [
      ticketId, kind, authorId, body, now,
    ]);
  }

  async messages(ticket: TicketObject): Promise<TicketMessageObject[]> {
    const rows: { id: string; kind: 'PUBLIC' | 'INTERNAL'; body: string; author_id: string | null; name: string | null; staff_role: string | null; created_at: Date }[] =
      await this.db.query(
        `SELECT msg.id, msg.kind, msg.body, msg.author_id, u.name, u.staff_role, msg.created_at
         FROM ticket_messages msg LEFT JOIN users u ON u.id = msg.author_id
         WHERE msg.ticket_id = $1 AND msg.kind = ANY($2) ORDER BY msg.created_at, msg.id`,
        [ticket.id, visibleKinds(ticket.viewer)],
      );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      body: r.body,
      author: r.name,
      authorUser: r.author_id && r.name ? { id: r.author_id, name: r.name } : null,
      fromStaff: r.staff_role !== null,
      createdAt: r.created_at,
    }));
  }

  async messageCount(ticket: TicketObject): Promise<number> {
    const rows: { n: string }[] = await this.db.query('SELECT count(*) AS n FROM ticket_messages WHERE ticket_id = $1 AND kind = ANY($2)', [
      ticket.id, visibleKinds(ticket.viewer),
    ]);
    return Number(rows[0].n);
  }

  async events(ticket: TicketObject): Promise<TicketEventObject[]> {
    const rows: { at: Date; kind: string; actor: string | null; from_value: string | null; to_value: string | null; from_name: string | null; to_name: string | null }[] =
      await this.db.query(
        `SELECT e.at, e.kind, u.name AS actor, e.from_value, e.to_value, fu.name AS from_name, tu.name AS to_name
         FROM ticket_events e
         LEFT JOIN users u ON u.id = e.actor_id
         LEFT JOIN users fu ON e.kind = 'ASSIGNEE' AND fu.id::text = e.from_value
         LEFT JOIN users tu ON e.kind = 'ASSIGNEE' AND tu.id::text = e.to_value
         WHERE e.ticket_id = $1 AND e.visibility = ANY($2) ORDER BY e.id`,
        [ticket.id, visibleKinds(ticket.viewer)],
      );
    return rows.map((r) => ({ at: r.at, kind: r.kind, actor: r.actor, from: r.from_name ?? r.from_value, to: r.to_name ?? r.to_value }));
  }

  /** Links to tickets the viewer may see (a staff link to another client's ticket stays invisible to clients). */
  async links(ticket: TicketObject): Promise<TicketLinkObject[]> {
    const viewer: Viewer = ticket.viewer;
    const rows: { kind: TicketLinkObject['kind']; outgoing: boolean; id: string; number: number; subject: string; status: string }[] =
      await this.db.query(
        `SELECT l.kind, l.from_ticket_id = $1 AS outgoing, o.id, o.number, o.subject, o.status
         FROM ticket_links l JOIN tickets o ON o.id = CASE WHEN l.from_ticket_id = $1 THEN l.to_ticket_id ELSE l.from_ticket_id END
         WHERE (l.from_ticket_id = $1 OR l.to_ticket_id = $1)
           AND ($2 OR o.client_id IN (SELECT cm.client_id FROM client_members cm WHERE cm.user_id = $3))
         ORDER BY l.created_at, o.number`,
        [ticket.id, viewer.isStaff, viewer.userId],
      );
    return rows.map((r) => ({
      kind: r.kind,
      direction: r.outgoing ? 'OUTGOING' : 'INCOMING',
      ticket: { id: r.id, number: Number(r.number), subject: r.subject, status: r.status },
    }));
  }
}
