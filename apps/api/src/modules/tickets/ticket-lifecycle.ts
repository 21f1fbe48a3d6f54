import { TicketErrorCode, TicketException } from './tickets.exception';

export const TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING_CLIENT', 'ON_HOLD', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Who asks for a move: a client member, a staff member, or the system itself (jobs, merges, replies). */
export type TicketActor = 'CLIENT' | 'STAFF' | 'SYSTEM';

/**
 * RUNNING: the SLA clock counts. PAUSED: we wait on someone else (the client, a third party), so the
 * time is added to every deadline. STOPPED: the work is done; the time is also added (a reopened ticket
 * does not pay for the days it sat resolved).
 */
export type SlaClockMode = 'RUNNING' | 'PAUSED' | 'STOPPED';

interface StateRule {
  clock: SlaClockMode;
  /** Open = still needs work from us or the client (not resolved or closed). */
  open: boolean;
  moves: Partial<Record<TicketStatus, readonly TicketActor[]>>;
}

const ALL: readonly TicketActor[] = ['CLIENT', 'STAFF', 'SYSTEM'];

/**
 * The whole lifecycle in one table: which moves exist, who may make each, and whether the SLA clock runs.
 * CLOSED is final: a message on a closed ticket files a follow-up ticket instead. A merge closes the
 * source ticket through the SYSTEM moves into CLOSED.
 */
export const TICKET_LIFECYCLE: Readonly<Record<TicketStatus, StateRule>> = {
  NEW: {
    clock: 'RUNNING',
    open: true,
    moves: { OPEN: ['STAFF', 'SYSTEM'], RESOLVED: ['STAFF'], CLOSED: ALL },
  },
  OPEN: {
    clock: 'RUNNING',
    open: true,
    moves: { PENDING_CLIENT: ['STAFF'], ON_HOLD: ['STAFF'], RESOLVED: ['STAFF'], CLOSED: ALL },
  },
  PENDING_CLIENT: {
    clock: 'PAUSED',
    open: true,
    moves: { OPEN: ALL, ON_HOLD: ['STAFF'], RESOLVED: ['STAFF'], CLOSED: ALL },
  },
  ON_HOLD: {
    clock: 'PAUSED',
    open: true,
    moves: { OPEN: ['STAFF', 'SYSTEM'], PENDING_CLIENT: ['STAFF'], RESOLVED: ['STAFF'], CLOSED: ALL },
  },
  RESOLVED: {
    clock: 'STOPPED',
    open: false,
    moves: { OPEN: ALL, CLOSED: ALL },
  },
  CLOSED: {
    clock: 'STOPPED',
    open: false,
    moves: {},
  },
};

export function canTransition(from: TicketStatus, to: TicketStatus, actor: TicketActor): boolean {
  return TICKET_LIFECYCLE[from].moves[to]?.includes(actor) ?? false;
}

/** Checks a move against the table; a refused move names both states (and who asked, when the move exists for others). */
export function assertTransition(from: TicketStatus, to: TicketStatus, actor: TicketActor): TicketStatus {
  if (canTransition(from, to, actor)) return to;
  const allowedFor = TICKET_LIFECYCLE[from].moves[to];
  const message = allowedFor
    ? `A ${actor.toLowerCase()} cannot move a ticket from ${from} to ${to}`
    : `A ticket cannot move from ${from} to ${to}`;
  throw new TicketException(TicketErrorCode.INVALID_TRANSITION, message, 'status');
}

export function movesFrom(from: TicketStatus, actor: TicketActor): TicketStatus[] {
  return TICKET_STATUSES.filter((to) => canTransition(from, to, actor));
}

export function slaClockMode(status: TicketStatus): SlaClockMode {
  return TICKET_LIFECYCLE[status].clock;
}

export function slaClockRuns(status: TicketStatus): boolean {
  return TICKET_LIFECYCLE[status].clock === 'RUNNING';
}

export function isOpenStatus(status: TicketStatus): boolean {
  return TICKET_LIFECYCLE[status].open;
}

export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter(isOpenStatus);
export const DONE_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter((s) => !isOpenStatus(s));

/**
 * The status a ticket takes after a public message. A client reply reopens a ticket that waits on the
 * client or was resolved; a first staff reply opens a new ticket. null = no change. A message on a
 * CLOSED ticket is not handled here: it files a follow-up ticket.
 */
export function statusAfterPublicMessage(status: TicketStatus, author: 'CLIENT' | 'STAFF'): TicketStatus | null {
  if (status === 'CLOSED') return null;
  if (author === 'CLIENT') return status === 'PENDING_CLIENT' || status === 'RESOLVED' ? 'OPEN' : null;
  return status === 'NEW' ? 'OPEN' : null;
}
