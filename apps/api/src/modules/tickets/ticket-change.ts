import { assertTransition, type TicketActor, type TicketStatus } from './ticket-lifecycle';
import { clockAfterStatusChange, evaluateSla, pausedMsAt, type SlaClock, type SlaPolicy, type SlaStatus, type TicketPriority } from './ticket-sla';
import { TicketErrorCode, TicketException } from './tickets.exception';

/** The fields of a ticket that its rules read and write (a plain copy of the row). */
export interface TicketState {
  status: TicketStatus;
  priority: TicketPriority | null;
  workingGroupId: string | null;
  assigneeId: string | null;
  labels: string[];
  serviceId: string | null;
  createdAt: Date;
  slaPausedMs: number;
  slaPausedSince: Date | null;
  firstResponseAt: Date | null;
  firstResponsePausedMs: number | null;
  resolvedAt: Date | null;
  resolutionPausedMs: number | null;
  closedAt: Date | null;
}

/** What a caller asks to change; undefined = leave as is, null = clear. */
export interface TicketPatch {
  status?: TicketStatus;
  priority?: TicketPriority | null;
  workingGroupId?: string | null;
  assigneeId?: string | null;
  labels?: string[];
  serviceId?: string | null;
}

export type TicketChangeKind = 'STATUS' | 'PRIORITY' | 'WORKING_GROUP' | 'ASSIGNEE' | 'LABELS' | 'SERVICE';
export type Visibility = 'PUBLIC' | 'INTERNAL';

/** One line of the ticket's event log. */
export interface TicketChange {
  kind: TicketChangeKind;
  from: string | null;
  to: string | null;
  visibility: Visibility;
}

/** Clients see status, priority and service changes; triage details (group, assignee, labels) stay with the staff. */
export const CHANGE_VISIBILITY: Readonly<Record<TicketChangeKind, Visibility>> = {
  STATUS: 'PUBLIC',
  PRIORITY: 'PUBLIC',
  SERVICE: 'PUBLIC',
  WORKING_GROUP: 'INTERNAL',
  ASSIGNEE: 'INTERNAL',
  LABELS: 'INTERNAL',
};

const LABEL = /^[a-z0-9][a-z0-9._:-]{0,39}$/;
export const MAX_LABELS = 20;

/** Labels are lower-case, trimmed, unique and sorted; at most 20, each 1-40 of [a-z0-9._:-]. */
export function normalizeLabels(labels: readonly string[]): string[] {
  const out = [...new Set(labels.map((l) => l.trim().toLowerCase()))].sort();
  const bad = out.find((l) => !LABEL.test(l));
  if (bad !== undefined) {
    throw new TicketException(TicketErrorCode.INVALID_INPUT, `label "${bad}" must be 1-40 of a-z 0-9 . _ : -`, 'labels');
  }
  if (out.length > MAX_LABELS) throw new TicketException(TicketErrorCode.INVALID_INPUT, `at most ${MAX_LABELS} labels`, 'labels');
  return out;
}

export function slaClockOf(state: TicketState): SlaClock {
  return { startedAt: state.createdAt, pausedMs: state.slaPausedMs, pausedSince: state.slaPausedSince };
}

/** Both SLA deadlines of a ticket at `now` (null without priority). */
export function slaStatusOf(state: TicketState, policy: SlaPolicy, now: Date): SlaStatus | null {
  return evaluateSla(
    {
      priority: state.priority,
      clock: slaClockOf(state),
      firstResponse: state.firstResponseAt ? { at: state.firstResponseAt, pausedMs: state.firstResponsePausedMs ?? 0 } : null,
      resolution: state.resolvedAt ? { at: state.resolvedAt, pausedMs: state.resolutionPausedMs ?? 0 } : null,
    },
    policy,
    now,
  );
}

function withStatus(state: TicketState, to: TicketStatus, now: Date): TicketState {
  const clock = clockAfterStatusChange(slaClockOf(state), to, now);
  const next: TicketState = { ...state, status: to, slaPausedMs: clock.pausedMs, slaPausedSince: clock.pausedSince };
  if ((to === 'RESOLVED' || to === 'CLOSED') && !state.resolvedAt) {
    next.resolvedAt = now;
    next.resolutionPausedMs = pausedMsAt(slaClockOf(state), now);
  }
  if (to !== 'RESOLVED' && to !== 'CLOSED') {
    next.resolvedAt = null;
    next.resolutionPausedMs = null;
  }
  if (to === 'CLOSED') next.closedAt = now;
  return next;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Applies a patch under the lifecycle rules: checks the move, keeps the SLA clock and milestones, and
 * lists what changed for the event log. Clients may only change the status; no-op fields produce no event.
 */
export function planTicketChange(
  state: TicketState,
  patch: TicketPatch,
  actor: TicketActor,
  now: Date,
): { state: TicketState; changes: TicketChange[] } {
  if (actor === 'CLIENT' && Object.entries(patch).some(([k, v]) => k !== 'status' && v !== undefined)) {
    throw new TicketException(TicketErrorCode.INVALID_INPUT, 'Clients can only close or reopen a ticket', 'input');
  }
  let next = { ...state };
  const changes: TicketChange[] = [];
  const record = (kind: TicketChangeKind, from: string | null, to: string | null) =>
    changes.push({ kind, from, to, visibility: CHANGE_VISIBILITY[kind] });

  if (patch.status !== undefined && patch.status !== state.status) {
    assertTransition(state.status, patch.status, actor);
    next = withStatus(next, patch.status, now);
    record('STATUS', state.status, patch.status);
  }
  if (patch.priority !== undefined && patch.priority !== state.priority) {
    next.priority = patch.priority;
    record('PRIORITY', state.priority, patch.priority);
  }
  if (patch.workingGroupId !== undefined && patch.workingGroupId !== state.workingGroupId) {
    next.workingGroupId = patch.workingGroupId;
    record('WORKING_GROUP', state.workingGroupId, patch.workingGroupId);
  }
  if (patch.assigneeId !== undefined && patch.assigneeId !== state.assigneeId) {
    next.assigneeId = patch.assigneeId;
    record('ASSIGNEE', state.assigneeId, patch.assigneeId);
  }
  if (patch.labels !== undefined) {
    const labels = normalizeLabels(patch.labels);
    if (!same(labels, state.labels)) {
      next.labels = labels;
      record('LABELS', state.labels.join(',') || null, labels.join(',') || null);
    }
  }
  if (patch.serviceId !== undefined && patch.serviceId !== state.serviceId) {
    next.serviceId = patch.serviceId;
    record('SERVICE', state.serviceId, patch.serviceId);
  }
  return { state: next, changes };
}

/** The first public staff reply is the first response; later ones change nothing. */
export function withFirstResponse(state: TicketState, now: Date): TicketState {
  if (state.firstResponseAt) return state;
  return { ...state, firstResponseAt: now, firstResponsePausedMs: pausedMsAt(slaClockOf(state), now) };
}

/** Deadlines with the banked pause, as stored for the queue (null without priority). */
export function storedDeadlines(state: TicketState, policy: SlaPolicy): { firstResponseDueAt: Date | null; resolutionDueAt: Date | null } {
  if (!state.priority) return { firstResponseDueAt: null, resolutionDueAt: null };
  const base = state.createdAt.getTime() + state.slaPausedMs;
  const targets = policy[state.priority];
  return { firstResponseDueAt: new Date(base + targets.firstResponseMs), resolutionDueAt: new Date(base + targets.resolutionMs) };
}
