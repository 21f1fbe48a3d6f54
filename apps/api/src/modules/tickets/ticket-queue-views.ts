import { isOpenStatus } from './ticket-lifecycle';
import { isEscalated, type SlaPolicy } from './ticket-sla';
import { slaStatusOf, type TicketState } from './ticket-change';

export const TICKET_QUEUE_VIEWS = ['TRIAGE', 'HIGH_PRIORITY', 'MINE', 'UNASSIGNED', 'ESCALATED', 'OPEN', 'DONE'] as const;
export type TicketQueueView = (typeof TICKET_QUEUE_VIEWS)[number];

/** How long before a deadline a ticket counts as escalated. */
export const ESCALATION_WINDOW_MS = 60 * 60_000;

export function needsTriage(state: Pick<TicketState, 'workingGroupId' | 'priority'>): boolean {
  return state.workingGroupId === null || state.priority === null;
}

/**
 * The views a ticket shows up in, for the staff member `viewerId`. The SQL in TicketQueueService says
 * the same thing for many tickets at once; this one decides which live-update subscribers hear of a change.
 */
export function queueViewsOf(state: TicketState, viewerId: string | null, policy: SlaPolicy, now: Date): Set<TicketQueueView> {
  const views = new Set<TicketQueueView>();
  if (!isOpenStatus(state.status)) {
    views.add('DONE');
    return views;
  }
  views.add('OPEN');
  if (needsTriage(state)) views.add('TRIAGE');
  if (state.priority === 'HIGH') views.add('HIGH_PRIORITY');
  if (state.assigneeId === null) views.add('UNASSIGNED');
  if (viewerId !== null && state.assigneeId === viewerId) views.add('MINE');
  const sla = slaStatusOf(state, policy, now);
  if (isEscalated(sla, now, ESCALATION_WINDOW_MS)) views.add('ESCALATED');
  return views;
}
