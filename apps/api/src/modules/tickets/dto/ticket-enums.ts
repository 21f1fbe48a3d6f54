import { registerEnumType } from '@nestjs/graphql';
import { TICKET_STATUSES } from '../ticket-lifecycle';
import { TICKET_QUEUE_VIEWS } from '../ticket-queue-views';
import { TICKET_PRIORITIES } from '../ticket-sla';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TicketStatusEnum = asEnum(TICKET_STATUSES);
export const TicketPriorityEnum = asEnum(TICKET_PRIORITIES);
export const TicketQueueViewEnum = asEnum(TICKET_QUEUE_VIEWS);
export const TicketMessageKindEnum = asEnum(['PUBLIC', 'INTERNAL'] as const);
export const TicketLinkKindEnum = asEnum(['RELATES_TO', 'FOLLOW_UP_OF', 'DUPLICATE_OF'] as const);
export const SlaDeadlineStateEnum = asEnum(['DUE', 'MET', 'BREACHED'] as const);
export const TicketOrderEnum = asEnum(['SLA_DUE', 'PRIORITY', 'AGE', 'LAST_ACTIVITY'] as const);
export type TicketOrder = keyof typeof TicketOrderEnum;
export const TicketQueueChangeKindEnum = asEnum(['ADDED', 'UPDATED', 'REMOVED'] as const);

registerEnumType(TicketStatusEnum, {
  name: 'TicketStatus',
  description: 'NEW -> OPEN -> PENDING_CLIENT | ON_HOLD -> RESOLVED -> CLOSED (final)',
});
registerEnumType(TicketPriorityEnum, { name: 'TicketPriority', description: 'LOW ★☆☆, MEDIUM ★★☆, HIGH ★★★; null = untriaged' });
registerEnumType(TicketQueueViewEnum, { name: 'TicketQueueView' });
registerEnumType(TicketMessageKindEnum, { name: 'TicketMessageKind', description: 'PUBLIC replies and INTERNAL notes (staff only)' });
registerEnumType(TicketLinkKindEnum, { name: 'TicketLinkKind' });
registerEnumType(SlaDeadlineStateEnum, { name: 'SlaDeadlineState' });
registerEnumType(TicketOrderEnum, { name: 'TicketOrder' });
registerEnumType(TicketQueueChangeKindEnum, { name: 'TicketQueueChangeKind' });
