import type { TicketState } from './ticket-change';
import type { TicketStatus } from './ticket-lifecycle';
import type { TicketPriority } from './ticket-sla';

/** A ticket row with the names it refers to, as every read returns it. Staff-only fields are stripped by the presenter. */
export interface TicketRecord extends TicketState {
  id: string;
  number: number;
  clientId: string;
  clientName: string;
  clientSlug: string;
  requesterId: string | null;
  requesterName: string | null;
  subject: string;
  body: string;
  workingGroupSlug: string | null;
  workingGroupName: string | null;
  assigneeName: string | null;
  mergedIntoId: string | null;
  mergedIntoNumber: number | null;
  version: number;
  updatedAt: Date;
  lastPublicActivityAt: Date;
  lastActivityAt: Date;
}

/** The one SELECT list for tickets (alias `t`), joined to the names it shows. */
export const TICKET_COLUMNS = `
  t.id, t.number, t.client_id, c.name AS client_name, c.slug AS client_slug, t.requester_id, r.name AS requester_name,
  t.subject, t.body, t.status, t.priority, t.working_group_id, wg.slug AS working_group_slug, wg.name AS working_group_name,
  t.assignee_id, a.name AS assignee_name, t.service_id, t.labels, t.merged_into_id,
  (SELECT m.number FROM tickets m WHERE m.id = t.merged_into_id) AS merged_into_number, t.version, t.created_at, t.updated_at,
  t.last_public_activity_at, t.last_activity_at, t.sla_paused_ms, t.sla_paused_since, t.first_response_at,
  t.first_response_paused_ms, t.resolved_at, t.resolution_paused_ms, t.closed_at`;

export const TICKET_JOINS = `
  JOIN clients c ON c.id = t.client_id
  LEFT JOIN users r ON r.id = t.requester_id
  LEFT JOIN users a ON a.id = t.assignee_id
  LEFT JOIN working_groups wg ON wg.id = t.working_group_id`;

type Row = Record<string, unknown>;
const date = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v)));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function toTicketRecord(row: Row): TicketRecord {
  return {
    id: row.id as string,
    number: Number(row.number),
    clientId: row.client_id as string,
    clientName: row.client_name as string,
    clientSlug: row.client_slug as string,
    requesterId: (row.requester_id as string | null) ?? null,
    requesterName: (row.requester_name as string | null) ?? null,
    subject: row.subject as string,
    body: row.body as string,
    status: row.status as TicketStatus,
    priority: (row.priority as TicketPriority | null) ?? null,
    workingGroupId: (row.working_group_id as string | null) ?? null,
    workingGroupSlug: (row.working_group_slug as string | null) ?? null,
    workingGroupName: (row.working_group_name as string | null) ?? null,
    assigneeId: (row.assignee_id as string | null) ?? null,
    assigneeName: (row.assignee_name as string | null) ?? null,
    serviceId: (row.service_id as string | null) ?? null,
    labels: (row.labels as string[] | null) ?? [],
    mergedIntoId: (row.merged_into_id as string | null) ?? null,
    mergedIntoNumber: num(row.merged_into_number),
    version: Number(row.version),
    createdAt: date(row.created_at)!,
    updatedAt: date(row.updated_at)!,
    lastPublicActivityAt: date(row.last_public_activity_at)!,
    lastActivityAt: date(row.last_activity_at)!,
    slaPausedMs: Number(row.sla_paused_ms),
    slaPausedSince: date(row.sla_paused_since),
    firstResponseAt: date(row.first_response_at),
    firstResponsePausedMs: num(row.first_response_paused_ms),
    resolvedAt: date(row.resolved_at),
    resolutionPausedMs: num(row.resolution_paused_ms),
    closedAt: date(row.closed_at),
  };
}
