import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock';
import { badInput } from '../../common/errors/domain.exception';
import { encodeCursor, decodeCursor, type Connection } from '../../common/pagination/connection';
import { ClientAccessService, isUuid } from '../clients/client-access.service';
import type { TicketObject } from './dto/ticket.object';
import { planTicketChange, type TicketPatch, type TicketState } from './ticket-change';
import type { TicketActor, TicketStatus } from './ticket-lifecycle';
import { TicketNumberingService } from './ticket-numbering.service';
import { TicketPolicy } from './ticket-policy';
import { presentTicket } from './ticket-presenter';
import { TICKET_COLUMNS, TICKET_JOINS, toTicketRecord, type TicketRecord } from './ticket-record';
import type { TicketPriority } from './ticket-sla';
import { TicketStore } from './ticket-store.service';
import { viewerOf, type Viewer } from './ticket-viewer';

export interface FileTicketData {
  clientId: string;
  subject: string;
  body: string;
  serviceId?: string | null;
}

export interface SystemTicketData extends FileTicketData {
  priority?: TicketPriority | null;
  workingGroupSlug?: string | null;
}

/** Ticket fields a staff member sets by name; resolved to ids and checked before the lifecycle sees them. */
export interface TicketFieldsInput {
  status?: TicketStatus;
  priority?: TicketPriority | null;
  workingGroup?: string | null;
  assigneeId?: string | null;
  labels?: string[];
  serviceId?: string | null;
}

type Cursor = { a: string; n: number };
const isCursor = (v: unknown): v is Cursor =>
  typeof v === 'object' && v !== null && typeof (v as Cursor).a === 'string' && Number.isInteger((v as Cursor).n);

/** Filing, finding and changing tickets. Replies live in TicketMessagesService, the queue in TicketQueueService. */
@Injectable()
export class TicketsService {
  private readonly logger = new Logger(TicketsService.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly access: ClientAccessService,
    private readonly numbering: TicketNumberingService,
    private readonly store: TicketStore,
    private readonly policy: TicketPolicy,
  ) {}

  present(record: TicketRecord, viewer: Viewer): TicketObject {
    return presentTicket(record, viewer, this.policy.sla, this.clock.now());
  }

  async file(user: AuthUser, input: FileTicketData): Promise<TicketObject> {
    await this.access.assertMember(user, input.clientId);
    // No transaction: the checks only read, and the numbered insert is one statement, atomic on its own
    // (two round trips fewer while filers queue on the counter row).
    return this.present(await this.insert(this.db.manager, input, user.id, {}), viewerOf(user));
  }

  /** A ticket the system files (a failed provisioning run, drift it cannot repair): no requester, triaged up front. */
  async fileSystemTicket(input: SystemTicketData, manager?: EntityManager): Promise<TicketRecord> {
    const run = (m: EntityManager) => this.insert(m, input, null, { priority: input.priority ?? null, workingGroupSlug: input.workingGroupSlug ?? null });
    const record = manager ? await run(manager) : await this.db.transaction(run);
    this.logger.log({ ticket: record.number, client: record.clientId, service: record.serviceId }, 'system ticket filed');
    return record;
  }

  /**
   * Checks, then the numbered insert (counter bump, ticket, opening message, watcher, event and live signal)
   * as one statement in the caller's transaction, which also checks the client and reads the new ticket back.
   */
  async insert(
    m: EntityManager,
    input: FileTicketData,
    requesterId: string | null,
    triage: { priority?: TicketPriority | null; workingGroupSlug?: string | null },
  ): Promise<TicketRecord> {
    const subject = input.subject.trim();
    const body = input.body.trim();
    if (!subject) throw badInput('subject', 'must not be empty');
    if (!body) throw badInput('body', 'must not be empty');
    if (input.serviceId) await this.assertServiceOf(m, input.serviceId, input.clientId);
    const workingGroupId = triage.workingGroupSlug ? await this.workingGroupId(m, triage.workingGroupSlug) : null;
    const now = this.clock.now();
    const state: TicketState = {
      status: 'NEW', priority: triage.priority ?? null, workingGroupId, assigneeId: null, labels: [], serviceId: input.serviceId ?? null,
      createdAt: now, slaPausedMs: 0, slaPausedSince: null, firstResponseAt: null, firstResponsePausedMs: null,
      resolvedAt: null, resolutionPausedMs: null, closedAt: null,
    };
    const record = await this.numbering.insertNumbered(m, {
      clientId: input.clientId,
      requesterId,
      subject,
      body,
      state,
      due: this.store.deadlines(state),
      signal: this.store.signalFor(null, { ...state, id: '', number: 0, clientId: input.clientId }, 'PUBLIC'),
    });
    if (!record) throw badInput('clientId', 'no such client');
    return record;
  }

  async byNumber(user: AuthUser, number: number): Promise<TicketObject> {
    const viewer = viewerOf(user);
    return this.present(await this.store.findByNumber(this.db.manager, viewer, number), viewer);
  }

  /** For live updates: the current ticket as the viewer may see it, or null if they may not (any more). */
  async visibleById(viewer: Viewer, id: string): Promise<TicketObject | null> {
    const record = await this.store.findById(this.db.manager, id);
    if (!record || !(await this.store.canSee(this.db.manager, viewer, record.clientId))) return null;
    return this.present(record, viewer);
  }

  /** Tickets of the clients the caller belongs to, most recently active first (public activity only). */
  async mine(
    user: AuthUser,
    filter: { clientId?: string | null; status?: TicketStatus[] | null },
    first: number,
    after?: string,
  ): Promise<Connection<TicketObject>> {
    const viewer = viewerOf(user);
    const params: unknown[] = [user.id];
    const where = ['t.client_id IN (SELECT cm.client_id FROM client_members cm WHERE cm.user_id = $1)', 't.merged_into_id IS NULL'];
    if (filter.clientId) where.push(`t.client_id = $${params.push(filter.clientId)}`);
    if (filter.status?.length) where.push(`t.status = ANY($${params.push(filter.status)})`);
    const countRows: { n: string }[] = await this.db.query(`SELECT count(*) AS n FROM tickets t WHERE ${where.join(' AND ')}`, params);
    if (after) {
      const c = decodeCursor(after, isCursor);
      where.push(`(t.last_public_activity_at, t.number) < ($${params.push(c.a)}::timestamptz, $${params.push(c.n)})`);
    }
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${TICKET_COLUMNS} FROM tickets t ${TICKET_JOINS} WHERE ${where.join(' AND ')}
       ORDER BY t.last_public_activity_at DESC, t.number DESC LIMIT $${params.push(first + 1)}`,
      params,
    );
    const records = rows.map(toTicketRecord);
    const page = records.slice(0, first);
    const edges = page.map((r) => ({
      cursor: encodeCursor({ a: r.lastPublicActivityAt.toISOString(), n: r.number }),
      node: this.present(r, viewer),
    }));
    return { edges, pageInfo: { hasNextPage: records.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: Number(countRows[0].n) };
  }

  /** Staff: change any ticket field, taking the version the caller saw. */
  async update(user: AuthUser, ticketId: string, version: number, input: TicketFieldsInput): Promise<TicketObject> {
    const viewer = viewerOf(user);
    const record = await this.db.transaction(async (m) => {
      const before = await this.store.lockForWrite(m, ticketId, viewer, version);
      const patch = await this.resolvePatch(m, before.clientId, input);
      return this.applyPatch(m, before, patch, 'STAFF', user.id);
    });
    return this.present(record, viewer);
  }

  /** Close or reopen, for clients and staff alike (the lifecycle table says who may). */
  async moveStatus(user: AuthUser, ticketId: string, version: number, to: TicketStatus): Promise<TicketObject> {
    const viewer = viewerOf(user);
    const record = await this.db.transaction(async (m) => {
      const before = await this.store.lockForWrite(m, ticketId, viewer, version);
      return this.applyPatch(m, before, { status: to }, user.isStaff ? 'STAFF' : 'CLIENT', user.id);
    });
    return this.present(record, viewer);
  }

  /** Plans the change under the lifecycle rules and saves it (nothing to change = nothing written). */
  async applyPatch(m: EntityManager, before: TicketRecord, patch: TicketPatch, actor: TicketActor, actorId: string | null): Promise<TicketRecord> {
    const { state, changes } = planTicketChange(before, patch, actor, this.clock.now());
    if (!changes.length) return before;
    const events = await this.store.changeEvents(m, changes);
    return this.store.save(m, before, state, events, actorId, { publicActivity: changes.some((c) => c.visibility === 'PUBLIC') });
  }

  async resolvePatch(m: EntityManager, clientId: string, input: TicketFieldsInput): Promise<TicketPatch> {
    const patch: TicketPatch = { status: input.status, priority: input.priority, labels: input.labels };
    if (input.workingGroup !== undefined) patch.workingGroupId = input.workingGroup === null ? null : await this.workingGroupId(m, input.workingGroup);
    if (input.assigneeId !== undefined) {
      if (input.assigneeId !== null) {
        const staff: unknown[] = isUuid(input.assigneeId)
          ? await m.query('SELECT 1 FROM users WHERE id = $1 AND staff_role IS NOT NULL', [input.assigneeId])
          : [];
        if (!staff.length) throw badInput('assigneeId', 'is not a staff member');
      }
      patch.assigneeId = input.assigneeId;
    }
    if (input.serviceId !== undefined) {
      if (input.serviceId !== null) await this.assertServiceOf(m, input.serviceId, clientId);
      patch.serviceId = input.serviceId;
    }
    return patch;
  }

  async workingGroupId(m: EntityManager, slug: string): Promise<string> {
    const rows: { id: string }[] = await m.query('SELECT id FROM working_groups WHERE slug = $1', [slug]);
    if (!rows[0]) throw badInput('workingGroup', `no working group "${slug}"`);
    return rows[0].id;
  }

  private async assertServiceOf(m: EntityManager, serviceId: string, clientId: string): Promise<void> {
    const rows: unknown[] = isUuid(serviceId)
      ? await m.query('SELECT 1 FROM services WHERE id = $1 AND client_id = $2', [serviceId, clientId])
      : [];
    if (!rows.length) throw badInput('serviceId', 'no such service for this client');
  }
}
