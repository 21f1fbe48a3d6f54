import type { TicketOrder } from './dto/ticket-enums';
import type { TicketStatus } from './ticket-lifecycle';
import type { TicketQueueView } from './ticket-queue-views';
import { TICKET_COLUMNS, TICKET_JOINS } from './ticket-record';
import type { TicketPriority } from './ticket-sla';

/** Collects SQL conditions and their parameters ($1, $2, ... in push order). */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export const OPEN_SQL = `t.status IN ('NEW', 'OPEN', 'PENDING_CLIENT', 'ON_HOLD')`;
export const DONE_SQL = `t.status IN ('RESOLVED', 'CLOSED')`;
export const NEEDS_TRIAGE_SQL = '(t.working_group_id IS NULL OR t.priority IS NULL)';

/**
 * Escalated, as isEscalated() says it for one ticket: the earliest pending deadline is within the hour
 * while the clock runs, or was already passed when the clock paused.
 */
export const escalatedSql = (now: string) =>
  `(t.sla_due_at IS NOT NULL AND CASE WHEN t.sla_paused_since IS NULL
     THEN t.sla_due_at <= ${now}::timestamptz + interval '1 hour'
     ELSE t.sla_due_at < t.sla_paused_since END)`;

/** The condition for one view, for staff member `userId` at `now` (parameters are added only when used). */
export function viewSql(view: TicketQueueView, p: SqlParams, ctx: { userId: string; now: Date }): string {
  const me = () => p.add(ctx.userId);
  switch (view) {
    case 'TRIAGE':
      return `${OPEN_SQL} AND ${NEEDS_TRIAGE_SQL}`;
    case 'HIGH_PRIORITY':
      return `${OPEN_SQL} AND t.priority = 'HIGH'`;
    case 'MINE':
      return `${OPEN_SQL} AND t.assignee_id = ${me()}`;
    case 'UNASSIGNED':
      return `${OPEN_SQL} AND t.assignee_id IS NULL`;
    case 'ESCALATED':
      return `${OPEN_SQL} AND ${escalatedSql(p.add(ctx.now))}`;
    case 'OPEN':
      return OPEN_SQL;
    case 'DONE':
      return DONE_SQL;
    default: {
      const unreachable: never = view;
      return unreachable;
    }
  }
}

export interface OrderKey {
  sql: string;
  type: 'timestamptz' | 'int' | 'numeric';
}

export interface QueueOrdering {
  /** One direction for every key and the ticket number that breaks ties, so one row comparison pages through it. */
  dir: 'ASC' | 'DESC';
  keys: OrderKey[];
}

/** Each ordering in the shape its partial index has (see the tickets migration). */
export const ORDERINGS: Readonly<Record<TicketOrder, QueueOrdering>> = {
  SLA_DUE: { dir: 'ASC', keys: [{ sql: `COALESCE(t.sla_due_at, 'infinity'::timestamptz)`, type: 'timestamptz' }] },
  PRIORITY: {
    dir: 'ASC',
    keys: [
      { sql: '(3 - t.priority_rank)', type: 'int' },
      { sql: 't.created_at', type: 'timestamptz' },
    ],
  },
  AGE: { dir: 'ASC', keys: [{ sql: 't.created_at', type: 'timestamptz' }] },
  LAST_ACTIVITY: { dir: 'DESC', keys: [{ sql: 't.last_activity_at', type: 'timestamptz' }] },
};

/** Untriaged first: the prefix key for the person on triage duty (in the ordering's direction). */
export const triageFirstKey = (dir: 'ASC' | 'DESC'): OrderKey => ({
  sql: `(CASE WHEN ${NEEDS_TRIAGE_SQL} THEN ${dir === 'ASC' ? '0 ELSE 1' : '1 ELSE 0'} END)`,
  type: 'int',
});

export interface TicketQueueFilter {
  workingGroup?: string | null;
  priority?: TicketPriority[] | null;
  label?: string | null;
  assigneeId?: string | null;
  clientId?: string | null;
  status?: TicketStatus[] | null;
  text?: string | null;
}

/** Conditions for the queue filter (staff only: the text search matches the staff document, notes included). */
export function queueFilterSql(p: SqlParams, filter: TicketQueueFilter): string[] {
  const where: string[] = [];
  if (filter.workingGroup) where.push(`t.working_group_id = (SELECT id FROM working_groups WHERE slug = ${p.add(filter.workingGroup)})`);
  if (filter.priority?.length) where.push(`t.priority = ANY(${p.add(filter.priority)})`);
  if (filter.label) where.push(`t.labels @> ARRAY[${p.add(filter.label.trim().toLowerCase())}]::text[]`);
  if (filter.assigneeId) where.push(`t.assignee_id::text = ${p.add(filter.assigneeId)}`);
  if (filter.clientId) where.push(`t.client_id::text = ${p.add(filter.clientId)}`);
  if (filter.status?.length) where.push(`t.status = ANY(${p.add(filter.status)})`);
  if (filter.text?.trim()) {
    const q = `websearch_to_tsquery('english', ${p.add(filter.text.trim())})`;
    where.push(`EXISTS (SELECT 1 FROM ticket_search_docs d WHERE d.ticket_id = t.id AND d.staff_doc @@ ${q})`);
  }
  return where;
}

/**
 * A LIMIT written into the SQL rather than passed as a parameter: with `LIMIT $n` PostgreSQL's generic plan
 * guesses a tenth of the table and never wins, so a prepared statement would be planned on every run.
 */
export function limitOf(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row limit: ${n}`);
  return String(n);
}

/**
 * The two statements of one queue page: the count of the view under the filter, and the page itself
 * in the ordering's keys + number, after the keyset cursor. null = the cursor does not fit this ordering.
 */
export function queueSql(input: {
  view: TicketQueueView;
  filter: TicketQueueFilter;
  order: TicketOrder | null;
  first: number;
  cursor: string[] | null;
  userId: string;
  now: Date;
  onDuty: boolean;
}): { countSql: string; countParams: unknown[]; pageSql: string; pageParams: unknown[]; keys: OrderKey[] } | null {
  const p = new SqlParams();
  const ctx = { userId: input.userId, now: input.now };
  // The person on triage duty sees untriaged tickets in MINE too, ahead of their own.
  const viewCondition = input.onDuty
    ? `((${viewSql('MINE', p, ctx)}) OR (${OPEN_SQL} AND ${NEEDS_TRIAGE_SQL}))`
    : viewSql(input.view, p, ctx);
  const where = [viewCondition, ...queueFilterSql(p, input.filter)];
  const countSql = `SELECT count(*) AS n FROM tickets t WHERE ${where.join(' AND ')}`;
  const countParams = [...p.values];
  const ordering = ORDERINGS[input.order ?? (input.view === 'DONE' ? 'LAST_ACTIVITY' : 'SLA_DUE')];
  const keys = [...(input.onDuty ? [triageFirstKey(ordering.dir)] : []), ...ordering.keys];
  if (input.cursor) {
    if (input.cursor.length !== keys.length + 1) return null;
    const left = [...keys.map((k) => k.sql), 't.number'].join(', ');
    const right = [...keys.map((k, i) => `${p.add(input.cursor![i])}::${k.type}`), `${p.add(input.cursor[keys.length])}::int`].join(', ');
    where.push(`(${left}) ${ordering.dir === 'ASC' ? '>' : '<'} (${right})`);
  }
  const keyColumns = keys.map((k, i) => `${k.sql}::text AS k${i}`).join(', ');
  const pageSql = `SELECT ${TICKET_COLUMNS}, ${keyColumns} FROM tickets t ${TICKET_JOINS}
    WHERE ${where.join(' AND ')}
    ORDER BY ${[...keys.map((k) => k.sql), 't.number'].map((k) => `${k} ${ordering.dir}`).join(', ')} LIMIT ${limitOf(input.first + 1)}`;
  return { countSql, countParams, pageSql, pageParams: p.values, keys };
}
