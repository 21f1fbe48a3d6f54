import type { SlaDeadlineState, TicketLinkKind, TicketPriority, TicketStatus } from '../gql/graphql';

/** What a client reads for each status: plain words, no jargon. */
export const CLIENT_STATUS: Record<TicketStatus, { label: string; color: string }> = {
  NEW: { label: 'Received', color: 'blue' },
  OPEN: { label: 'We are on it', color: 'teal' },
  PENDING_CLIENT: { label: 'Waiting for you', color: 'orange' },
  ON_HOLD: { label: 'On hold', color: 'gray' },
  RESOLVED: { label: 'Resolved', color: 'grape' },
  CLOSED: { label: 'Closed', color: 'gray' },
};

/** What ops read for each status. */
export const STAFF_STATUS: Record<TicketStatus, string> = {
  NEW: 'New',
  OPEN: 'Open',
  PENDING_CLIENT: 'Pending client',
  ON_HOLD: 'On hold',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

export const PRIORITY_STARS: Record<TicketPriority, string> = { HIGH: '★★★', MEDIUM: '★★☆', LOW: '★☆☆' };
export const PRIORITY_WORDS: Record<TicketPriority, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

/** "High ★★★" / "Untriaged". */
export function priorityLabel(priority: TicketPriority | null | undefined): string {
  return priority ? `${PRIORITY_WORDS[priority]} ${PRIORITY_STARS[priority]}` : 'Untriaged';
}

/** 45 s -> "1m", 90 min -> "1h 30m", 50 h -> "2d 2h". */
export function shortDuration(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}d ${hours % 24}h` : `${days}d`;
}

export type SlaDeadline = { dueAt: string; state: SlaDeadlineState; paused: boolean };
export type SlaBadge = { label: string; color: 'red' | 'orange' | 'teal' | 'gray' | 'blue'; title: string };

/**
 * The badge for one SLA deadline: met, breached (and by how much), paused, or due in a time that turns
 * orange within the hour and red once it has passed (the server may not have marked it breached yet).
 */
export function slaBadge(what: string, deadline: SlaDeadline, now: Date): SlaBadge {
  const due = new Date(deadline.dueAt);
  const left = due.getTime() - now.getTime();
  const title = `${what} due ${due.toLocaleString()}`;
  if (deadline.state === 'MET') return { label: `${what}: met`, color: 'teal', title };
  if (deadline.state === 'BREACHED' || left <= 0) return { label: `${what}: breached ${shortDuration(left)} ago`, color: 'red', title };
  if (deadline.paused) return { label: `${what}: paused`, color: 'gray', title: `${title} (clock paused while waiting)` };
  return { label: `${what}: due in ${shortDuration(left)}`, color: left <= 3_600_000 ? 'orange' : 'blue', title };
}

/** j/k movement through a list, staying inside it. */
export function moveSelection(current: number, delta: number, length: number): number {
  if (length === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + delta));
}

/** How ops say "this ticket ... that one" when linking. */
export const LINK_KINDS: { value: TicketLinkKind; label: string }[] = [
  { value: 'RELATES_TO', label: 'relates to' },
  { value: 'FOLLOW_UP_OF', label: 'is a follow-up of' },
  { value: 'DUPLICATE_OF', label: 'is a duplicate of' },
];

const LINK_WORDS: Record<TicketLinkKind, { OUTGOING: string; INCOMING: string }> = {
  RELATES_TO: { OUTGOING: 'Relates to', INCOMING: 'Relates to' },
  FOLLOW_UP_OF: { OUTGOING: 'Follow-up of', INCOMING: 'Followed up in' },
  DUPLICATE_OF: { OUTGOING: 'Duplicate of', INCOMING: 'Duplicated by' },
};

/** A link read from this ticket's side: OUTGOING "Duplicate of #7", INCOMING "Duplicated by #9". */
export function linkWords(kind: TicketLinkKind, direction: string): string {
  return LINK_WORDS[kind][direction === 'INCOMING' ? 'INCOMING' : 'OUTGOING'];
}

/** An event kind as a sentence reads it: "WORKING_GROUP" -> "working group". */
export function eventWords(kind: string): string {
  return kind.replace(/_/g, ' ').toLowerCase();
}

/** An event's from/to value in words: API names in it (DUPLICATE_OF, PENDING_CLIENT) read as words; #numbers, slugs and labels stay. */
export function eventValueWords(value: string): string {
  return value.replace(/\b[A-Z][A-Z_]*[A-Z]\b/g, eventWords);
}
