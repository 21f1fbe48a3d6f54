import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { DomainException } from '../../common/errors/domain.exception';
import { decodeCursor, encodeCursor, type Connection } from '../../common/pagination/connection';
import type { TicketOrder } from './dto/ticket-enums';
import type { TicketObject, TicketQueueCounts } from './dto/ticket.object';
import { preparedQuery } from '../../database/prepared-query';
import { TicketCountCache } from './ticket-count-cache';
import { TicketTriageRotaService } from './ticket-triage-rota.service';
import { OPEN_SQL, queueFilterSql, queueSql, SqlParams, viewSql, type TicketQueueFilter } from './ticket-queue-sql';
import type { TicketQueueView } from './ticket-queue-views';
import { toTicketRecord } from './ticket-record';
import { TicketStore } from './ticket-store.service';
import { viewerOf } from './ticket-viewer';
import { TicketsService, type TicketFieldsInput } from './tickets.service';

export interface BulkUpdateResult {
  ticketId: string;
  ok: boolean;
  ticket: TicketObject | null;
  errorCode: string | null;
  errorMessage: string | null;
}

const isCursor = (v: unknown): v is { k: string[] } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { k: unknown }).k) && (v as { k: unknown[] }).k.every((x) => typeof x === 'string');

/** The ops queue: views, counts, claiming and bulk changes. Staff only (the resolver says so). */
@Injectable()
export class TicketQueueService {
  private readonly logger = new Logger(TicketQueueService.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly store: TicketStore,
    private readonly tickets: TicketsService,
    private readonly rota: TicketTriageRotaService,
    private readonly countCache: TicketCountCache,
  ) {}

  async queue(
    user: AuthUser,
    view: TicketQueueView,
    filter: TicketQueueFilter,
    order: TicketOrder | null,
    first: number,
    after?: string,
  ): Promise<Connection<TicketObject>> {
    const viewer = viewerOf(user);
    const onDuty = view === 'MINE' && (await this.rota.isOnDuty(user.id));
    const cursor = after ? decodeCursor(after, isCursor).k : null;
    const q = queueSql({ view, filter, order, first, cursor, userId: user.id, now: this.clock.now(), onDuty });
    if (!q) throw new DomainException('BAD_USER_INPUT', 'after: is not a cursor from this list', { field: 'after' });
    const countKey = JSON.stringify(['queue', view, filter, onDuty, user.id]);
    const [total, rows] = await Promise.all([
      this.countCache.get(countKey, async () => Number((await preparedQuery<{ n: string }>(this.db, q.countSql, q.countParams))[0].n)),
      preparedQuery<Record<string, unknown>>(this.db, q.pageSql, q.pageParams),
    ]);
    const keys = q.keys;
    const page = rows.slice(0, first);
    const edges = page.map((row) => {
      const record = toTicketRecord(row);
      const k = keys.map((_, i) => String(row[`k${i}`]));
      return { cursor: encodeCursor({ k: [...k, String(record.number)] }), node: this.tickets.present(record, viewer) };
    });
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: total };
  }

  /** How many tickets each view holds, under the same filter. */
  counts(user: AuthUser, filter: TicketQueueFilter): Promise<TicketQueueCounts> {
    return this.countCache.get(JSON.stringify(['views', filter, user.id]), () => this.countViews(user, filter));
  }

  private async countViews(user: AuthUser, filter: TicketQueueFilter): Promise<TicketQueueCounts> {
    const p = new SqlParams();
    const ctx = { userId: user.id, now: this.clock.now() };
    const where = queueFilterSql(p, filter);
    const c = (view: TicketQueueView) => `count(*) FILTER (WHERE ${viewSql(view, p, ctx)})`;
    const rows = await preparedQuery<Record<string, string>>(
      this.db,
      `SELECT ${c('TRIAGE')} AS triage, ${c('HIGH_PRIORITY')} AS high, ${c('MINE')} AS mine, ${c('UNASSIGNED')} AS unassigned,
              ${c('ESCALATED')} AS escalated, ${c('OPEN')} AS open, ${c('DONE')} AS done
       FROM tickets t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      p.values,
    );
    const r = rows[0];
    return {
      triage: Number(r.triage), highPriority: Number(r.high), mine: Number(r.mine), unassigned: Number(r.unassigned),
      escalated: Number(r.escalated), open: Number(r.open), done: Number(r.done),
    };
  }

  /**
   * Assigns the most urgent unassigned open ticket (of the group, if given) to the caller. SKIP LOCKED
   * lets concurrent claimers pass over a row another claimer holds, so no two get the same ticket.
   */
  async claimNext(user: AuthUser, workingGroup: string | null): Promise<TicketObject | null> {
    const viewer = viewerOf(user);
    const record = await this.db.transaction(async (m) => {
      const p = new SqlParams();
      const groupSql = workingGroup ? `AND t.working_group_id = ${p.add(await this.tickets.workingGroupId(m, workingGroup))}` : '';
      const picked: { id: string }[] = await m.query(
        `SELECT t.id FROM tickets t WHERE ${OPEN_SQL} AND t.assignee_id IS NULL ${groupSql}
         ORDER BY t.priority_rank DESC, COALESCE(t.sla_due_at, 'infinity'::timestamptz), t.created_at, t.number
         LIMIT 1 FOR UPDATE SKIP LOCKED`,
        p.values,
      );
      if (!picked[0]) return null;
      const before = await this.store.lockForWrite(m, picked[0].id, viewer, null);
      return this.tickets.applyPatch(m, before, { assigneeId: user.id, ...(before.status === 'NEW' ? { status: 'OPEN' as const } : {}) }, 'STAFF', user.id);
    });
    return record ? this.tickets.present(record, viewer) : null;
  }

  /**
   * The same change for many tickets in one transaction; each ticket in its own savepoint, so one that
   * fails (stale version, refused move, unknown id) is reported and the others still apply.
   */
  async bulkUpdate(
    user: AuthUser,
    ticketIds: string[],
    versions: number[] | null,
    change: TicketFieldsInput & { addLabels?: string[]; removeLabels?: string[] },
  ): Promise<BulkUpdateResult[]> {
    if (versions && versions.length !== ticketIds.length) {
      throw new DomainException('BAD_USER_INPUT', 'versions: give one version per ticket id, in the same order', { field: 'versions' });
    }
    const viewer = viewerOf(user);
    const results = new Map<number, BulkUpdateResult>();
    // lock in id order, answer in the caller's order
    const order = ticketIds.map((id, i) => ({ id, i })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.i - b.i));
    await this.db.transaction(async (m) => {
      for (const { id, i } of order) {
        await m.query('SAVEPOINT bulk_item');
        try {
          const before = await this.store.lockForWrite(m, id, viewer, versions ? versions[i] : null);
          const { addLabels, removeLabels, ...fields } = change;
          if (addLabels?.length || removeLabels?.length) {
            const base = fields.labels ?? before.labels;
            const drop = new Set((removeLabels ?? []).map((l) => l.trim().toLowerCase()));
            fields.labels = [...base, ...(addLabels ?? [])].filter((l) => !drop.has(l.trim().toLowerCase()));
          }
          const patch = await this.tickets.resolvePatch(m, before.clientId, fields);
          const after = await this.tickets.applyPatch(m, before, patch, 'STAFF', user.id);
          await m.query('RELEASE SAVEPOINT bulk_item');
          results.set(i, { ticketId: id, ok: true, ticket: this.tickets.present(after, viewer), errorCode: null, errorMessage: null });
        } catch (err) {
          await m.query('ROLLBACK TO SAVEPOINT bulk_item');
          if (err instanceof DomainException) {
            results.set(i, { ticketId: id, ok: false, ticket: null, errorCode: err.code, errorMessage: err.message });
          } else {
            this.logger.error({ err, ticket: id }, 'bulk ticket update failed');
            results.set(i, { ticketId: id, ok: false, ticket: null, errorCode: 'INTERNAL_SERVER_ERROR', errorMessage: 'Internal server error' });
          }
        }
      }
    });
    return ticketIds.map((_, i) => results.get(i)!);
  }
}
