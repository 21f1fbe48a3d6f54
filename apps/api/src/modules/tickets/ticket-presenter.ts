import { TicketObject } from './dto/ticket.object';
import { slaStatusOf } from './ticket-change';
import { movesFrom } from './ticket-lifecycle';
import type { TicketRecord } from './ticket-record';
import type { SlaPolicy } from './ticket-sla';
import type { Viewer } from './ticket-viewer';

/** "#1042" */
export const displayNumber = (n: number) => `#${n}`;

/**
 * The one place that decides what a viewer sees of a ticket. Clients get no working group, assignee,
 * labels or staff activity times; everything nested is resolved later with the same viewer.
 */
export function presentTicket(record: TicketRecord, viewer: Viewer, policy: SlaPolicy, now: Date): TicketObject {
  const staff = viewer.isStaff;
  const sla = slaStatusOf(record, policy, now);
  const ticket = new TicketObject();
  Object.assign(ticket, {
    id: record.id,
    number: record.number,
    displayNumber: displayNumber(record.number),
    subject: record.subject,
    body: record.body,
    status: record.status,
    priority: record.priority,
    client: { id: record.clientId, name: record.clientName, slug: record.clientSlug },
    requester: record.requesterId && record.requesterName ? { id: record.requesterId, name: record.requesterName } : null,
    workingGroup:
      staff && record.workingGroupId
        ? { id: record.workingGroupId, slug: record.workingGroupSlug ?? '', name: record.workingGroupName ?? '' }
        : null,
    assignee: staff && record.assigneeId ? { id: record.assigneeId, name: record.assigneeName ?? '' } : null,
    labels: staff ? record.labels : [],
    serviceId: record.serviceId,
    version: record.version,
    mergedIntoNumber: record.mergedIntoNumber,
    createdAt: record.createdAt,
    updatedAt: staff ? record.updatedAt : record.lastPublicActivityAt,
    lastActivityAt: staff ? record.lastActivityAt : record.lastPublicActivityAt,
    closedAt: record.closedAt,
    sla,
    availableMoves: record.mergedIntoId ? [] : movesFrom(record.status, staff ? 'STAFF' : 'CLIENT'),
    viewer,
    record,
  } satisfies Partial<TicketObject>);
  return ticket;
}
