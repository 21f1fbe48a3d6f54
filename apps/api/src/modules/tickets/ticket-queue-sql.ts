import type { TicketOrder } from './dto/ticket-enums';
import type { TicketQueueView } from './ticket-queue-views';

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

interface OrderKey {
  sql: string;
  type: 'timestamptz' | 'int' | 'numeric';
}

/** Each ordering as ascending keys (the ticket number breaks ties), so one row comparison pages through it. */
export const ORDER_KEYS: Readonly<Record<TicketOrder, OrderKey[]>> = {
  SLA_DUE: [{ sql: `COALESCE(t.sla_due_at, 'infinity'::timestamptz)`, type: 'timestamptz' }],
  PRIORITY: [
    { sql: '(3 - t.priority_rank)', type: 'int' },
    { sql: 't.created_at', type: 'timestamptz' },
  ],
  AGE: [{ sql: 't.created_at', type: 'timestamptz' }],
  LAST_ACTIVITY: [{ sql: '(-extract(epoch FROM t.last_activity_at))', type: 'numeric' }],
};

/** Untriaged first: the prefix key for the person on triage duty. */
export const TRIAGE_FIRST_KEY: OrderKey = { sql: `(CASE WHEN ${NEEDS_TRIAGE_SQL} THEN 0 ELSE 1 END)`, type: 'int' };
