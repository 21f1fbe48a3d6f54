import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { badInput } from '../../common/errors/domain.exception';
import type { TicketObject, TicketPerson } from './dto/ticket.object';
import { planTicketChange } from './ticket-change';
import type { TicketLinkKind } from './ticket-link.entity';
import type { TicketRecord } from './ticket-record';
import { TicketStore } from './ticket-store.service';
import { viewerOf, type Viewer } from './ticket-viewer';
import { TicketsService } from './tickets.service';
import { staleVersion } from './tickets.exception';

/** Merges, links and watchers. */
@Injectable()
export class TicketRelationsService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly store: TicketStore,
    private readonly tickets: TicketsService,
  ) {}

  /** Locks two tickets in a fixed order (so two merges the other way round cannot deadlock). */
  private async lockPair(m: EntityManager, viewer: Viewer, aId: string, bId: string): Promise<[TicketRecord, TicketRecord]> {
    if (aId === bId) throw badInput('targetId', 'a ticket cannot be merged or linked with itself');
    const [first, second] = aId < bId ? [aId, bId] : [bId, aId];
    const x = await this.store.lockForWrite(m, first, viewer, null);
    const y = await this.store.lockForWrite(m, second, viewer, null);
    return x.id === aId ? [x, y] : [y, x];
  }

  /**
   * The source closes as merged into the target; its messages and watchers move over; links keep pointing
   * at the source, whose number now finds the target. Both must belong to the same client.
   */
  async merge(user: AuthUser, input: { sourceId: string; sourceVersion: number; targetId: string; targetVersion: number }): Promise<TicketObject> {
    const viewer = viewerOf(user);
    const record = await this.db.transaction(async (m) => {
      const [source, target] = await this.lockPair(m, viewer, input.sourceId, input.targetId);
      if (source.version !== input.sourceVersion || target.version !== input.targetVersion) throw staleVersion();
      if (source.clientId !== target.clientId) throw badInput('targetId', 'tickets of different clients cannot be merged');
      if (target.status === 'CLOSED') throw badInput('targetId', `#${target.number} is closed; merge into an open ticket`);
      if (source.status === 'CLOSED') throw badInput('sourceId', `#${source.number} is already closed`);
      const now = this.clock.now();
      const { state, changes } = planTicketChange(source, { status: 'CLOSED' }, 'SYSTEM', now);
      const sourceEvents = [...(await this.store.changeEvents(m, changes)), { kind: 'MERGED_INTO' as const, visibility: 'PUBLIC' as const, from: null, to: `#${target.number}` }];
      await this.store.save(m, source, state, sourceEvents, user.id, { publicActivity: true });
      await m.query('UPDATE tickets SET merged_into_id = $2 WHERE id = $1', [source.id, target.id]);
      await m.query('UPDATE ticket_messages SET ticket_id = $2 WHERE ticket_id = $1', [source.id, target.id]);
      await m.query(
        `INSERT INTO ticket_watchers (ticket_id, user_id, created_at) SELECT $2, user_id, created_at FROM ticket_watchers WHERE ticket_id = $1
         ON CONFLICT DO NOTHING`,
        [source.id, target.id],
      );
      await m.query('DELETE FROM ticket_watchers WHERE ticket_id = $1', [source.id]);
      return this.store.save(m, target, target, [{ kind: 'MERGED_FROM', visibility: 'PUBLIC', from: null, to: `#${source.number}` }], user.id, {
        publicActivity: true,
      });
    });
    return this.tickets.present(record, viewer);
  }

  /** Staff: a link between two tickets. Clients see it only when both tickets are theirs. */
  async link(user: AuthUser, fromId: string, toId: string, kind: TicketLinkKind): Promise<TicketObject> {
    const viewer = viewerOf(user);
    const record = await this.db.transaction(async (m) => {
      const [from, to] = await this.lockPair(m, viewer, fromId, toId);
      const inserted: unknown[] = await m.query(
        `INSERT INTO ticket_links (from_ticket_id, to_ticket_id, kind, created_at, created_by_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [from.id, to.id, kind, this.clock.now(), user.id],
      );
      if (!inserted.length) return from;
      const visibility = from.clientId === to.clientId ? 'PUBLIC' : 'INTERNAL';
      await this.store.recordEvents(m, to.id, user.id, [{ kind: 'LINKED', visibility, from: null, to: `${kind} from #${from.number}` }]);
      return this.store.save(m, from, from, [{ kind: 'LINKED', visibility, from: null, to: `${kind} #${to.number}` }], user.id, {
        publicActivity: visibility === 'PUBLIC',
        bumpVersion: false,
      });
    });
    return this.tickets.present(record, viewer);
  }

  async unlink(user: AuthUser, fromId: string, toId: string, kind: TicketLinkKind): Promise<TicketObject> {
    const viewer = viewerOf(user);
    const record = await this.db.transaction(async (m) => {
      const [from, to] = await this.lockPair(m, viewer, fromId, toId);
      const [deleted]: [unknown[], number] = await m.query(
        'DELETE FROM ticket_links WHERE from_ticket_id = $1 AND to_ticket_id = $2 AND kind = $3 RETURNING id',
        [from.id, to.id, kind],
      );
      if (!deleted.length) return from;
      const visibility = from.clientId === to.clientId ? 'PUBLIC' : 'INTERNAL';
      return this.store.save(m, from, from, [{ kind: 'UNLINKED', visibility, from: `${kind} #${to.number}`, to: null }], user.id, {
        publicActivity: visibility === 'PUBLIC',
        bumpVersion: false,
      });
    });
    return this.tickets.present(record, viewer);
  }

  async setWatching(user: AuthUser, ticketId: string, watching: boolean): Promise<TicketObject> {
    const viewer = viewerOf(user);
    const record = await this.db.transaction(async (m) => {
      const ticket = await this.store.lockForWrite(m, await this.store.resolveMerged(m, ticketId), viewer, null);
      if (watching) {
        await m.query('INSERT INTO ticket_watchers (ticket_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
          ticket.id, user.id, this.clock.now(),
        ]);
      } else {
        await m.query('DELETE FROM ticket_watchers WHERE ticket_id = $1 AND user_id = $2', [ticket.id, user.id]);
      }
      return ticket;
    });
    return this.tickets.present(record, viewer);
  }

  /** Staff see every watcher; a client sees only whether they watch (themselves). */
  async watchers(ticket: TicketObject): Promise<TicketPerson[]> {
    const rows: TicketPerson[] = await this.db.query(
      `SELECT u.id, u.name FROM ticket_watchers w JOIN users u ON u.id = w.user_id
       WHERE w.ticket_id = $1 AND ($2 OR u.id = $3) ORDER BY w.created_at, u.name`,
      [ticket.id, ticket.viewer.isStaff, ticket.viewer.userId],
    );
    return rows;
  }
}
