import { slaClockMode, type TicketStatus } from './ticket-lifecycle';
import { TicketErrorCode, TicketException } from './tickets.exception';

export const TICKET_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export interface SlaTargets {
  firstResponseMs: number;
  resolutionMs: number;
}
export type SlaPolicy = Readonly<Record<TicketPriority, SlaTargets>>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  HIGH: { firstResponseMs: 1 * HOUR, resolutionMs: 8 * HOUR },
  MEDIUM: { firstResponseMs: 4 * HOUR, resolutionMs: 3 * DAY },
  LOW: { firstResponseMs: 1 * DAY, resolutionMs: 10 * DAY },
};

const UNIT_MS: Record<string, number> = { m: MINUTE, h: HOUR, d: DAY };

/** "90m", "4h", "3d" -> milliseconds. */
export function parseSlaDuration(text: string): number {
  const match = /^\s*(\d+)\s*([mhd])\s*$/.exec(text);
  if (!match || Number(match[1]) <= 0) {
    throw new TicketException(TicketErrorCode.INVALID_INPUT, `"${text}" is not a duration like 90m, 4h or 3d`);
  }
  return Number(match[1]) * UNIT_MS[match[2]];
}

/** "1h/8h" (first response / resolution) -> targets; the resolution target may not be shorter than the first response. */
export function parseSlaTargets(text: string): SlaTargets {
  const parts = text.split('/');
  if (parts.length !== 2) {
    throw new TicketException(TicketErrorCode.INVALID_INPUT, `"${text}" is not "<first response>/<resolution>", e.g. 1h/8h`);
  }
  const targets = { firstResponseMs: parseSlaDuration(parts[0]), resolutionMs: parseSlaDuration(parts[1]) };
  if (targets.resolutionMs < targets.firstResponseMs) {
    throw new TicketException(TicketErrorCode.INVALID_INPUT, `"${text}": resolution target is shorter than first response`);
  }
  return targets;
}

/** Overrides per priority on top of the defaults. */
export function slaPolicyFrom(overrides: Partial<Record<TicketPriority, string | undefined>>): SlaPolicy {
  const policy = { ...DEFAULT_SLA_POLICY };
  for (const p of TICKET_PRIORITIES) {
    const text = overrides[p];
    if (text !== undefined && text !== '') policy[p] = parseSlaTargets(text);
  }
  return policy;
}

/**
 * The persisted state of a ticket's SLA clock: when it started (the ticket was filed), how much time was
 * spent in states that do not count, and since when it is not counting (null while running).
 */
export interface SlaClock {
  startedAt: Date;
  pausedMs: number;
  pausedSince: Date | null;
}

export function startSlaClock(now: Date): SlaClock {
  return { startedAt: now, pausedMs: 0, pausedSince: null };
}

/** Paused time up to `now`, including the pause in progress. */
export function pausedMsAt(clock: SlaClock, now: Date): number {
  return clock.pausedMs + (clock.pausedSince ? Math.max(0, now.getTime() - clock.pausedSince.getTime()) : 0);
}

/** The clock after a status change at `now`: pauses when leaving a counting state, banks the pause when coming back. */
export function clockAfterStatusChange(clock: SlaClock, to: TicketStatus, now: Date): SlaClock {
  const running = slaClockMode(to) === 'RUNNING';
  if (running && clock.pausedSince) {
    return { startedAt: clock.startedAt, pausedMs: pausedMsAt(clock, now), pausedSince: null };
  }
  if (!running && !clock.pausedSince) return { ...clock, pausedSince: now };
  return clock;
}

/** A milestone reached: when, and how much paused time had accumulated by then (so later pauses do not move it). */
export interface SlaMilestone {
  at: Date;
  pausedMs: number;
}

export function reachMilestone(clock: SlaClock, now: Date): SlaMilestone {
  return { at: now, pausedMs: pausedMsAt(clock, now) };
}

export type SlaDeadlineState = 'DUE' | 'MET' | 'BREACHED';

export interface SlaDeadline {
  /** The deadline as it stands at `now` (for a reached milestone: as it stood then). */
  dueAt: Date;
  state: SlaDeadlineState;
  /** When the milestone was reached (first staff reply; resolved or closed), null while pending. */
  reachedAt: Date | null;
  /** The clock is not counting right now; `dueAt` moves with time until it runs again. */
  paused: boolean;
}

export interface SlaStatus {
  firstResponse: SlaDeadline;
  resolution: SlaDeadline;
}

function deadline(clock: SlaClock, targetMs: number, milestone: SlaMilestone | null, now: Date): SlaDeadline {
  if (milestone) {
    const dueAt = new Date(clock.startedAt.getTime() + targetMs + milestone.pausedMs);
    const state = milestone.at.getTime() <= dueAt.getTime() ? 'MET' : 'BREACHED';
    return { dueAt, state, reachedAt: milestone.at, paused: false };
  }
  const dueAt = new Date(clock.startedAt.getTime() + targetMs + pausedMsAt(clock, now));
  const state = now.getTime() <= dueAt.getTime() ? 'DUE' : 'BREACHED';
  return { dueAt, state, reachedAt: null, paused: clock.pausedSince !== null };
}

/** Both deadlines of a ticket at `now`; null while the ticket has no priority (untriaged tickets have no SLA yet). */
export function evaluateSla(
  input: {
    priority: TicketPriority | null;
    clock: SlaClock;
    firstResponse: SlaMilestone | null;
    resolution: SlaMilestone | null;
  },
  policy: SlaPolicy,
  now: Date,
): SlaStatus | null {
  if (!input.priority) return null;
  const targets = policy[input.priority];
  return {
    firstResponse: deadline(input.clock, targets.firstResponseMs, input.firstResponse, now),
    resolution: deadline(input.clock, targets.resolutionMs, input.resolution, now),
  };
}

/**
 * Escalated = a pending deadline is breached, or due within `withinMs` while the clock runs. A milestone
 * reached late is history, not an emergency.
 */
export function isEscalated(sla: SlaStatus | null, now: Date, withinMs = HOUR): boolean {
  if (!sla) return false;
  return [sla.firstResponse, sla.resolution].some(
    (d) =>
      d.reachedAt === null &&
      (d.state === 'BREACHED' || (!d.paused && d.dueAt.getTime() - now.getTime() <= withinMs)),
  );
}
