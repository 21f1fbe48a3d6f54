/**
 * Dunning: what happens to a service whose bills are not paid. Pure: the daily job gathers the facts,
 * asks for the next step, applies it and asks again tomorrow. Applying a step changes the facts so
 * the same question returns NONE, which makes the job idempotent.
 *
 *   payment failed -> grace (package's days) -> SUSPEND(OVERDUE) -> paid -> UNSUSPEND
 *                                                            \-> unpaid after the suspension window -> TERMINATE
 * A client hold stops automatic suspension and termination; it never blocks unsuspending.
 */
export type ServiceStatus = 'PROVISIONING' | 'ACTIVE' | 'DEGRADED' | 'SUSPENDED' | 'TERMINATING' | 'TERMINATED' | 'CANCELLED';
export type SuspensionReason = 'OVERDUE' | 'MANUAL' | 'ABUSE';

export interface DunningFacts {
  readonly status: ServiceStatus;
  readonly suspensionReason: SuspensionReason | null;
  /** When the service was suspended (for OVERDUE: when dunning did it). */
  readonly suspendedAt: Date | null;
  /** When the oldest unpaid invoice of the service became overdue (failed or past due); null when paid up. */
  readonly overdueSince: Date | null;
}

export interface DunningWindows {
  readonly graceDays: number;
  readonly suspensionDays: number;
}

export const DEFAULT_DUNNING_WINDOWS: DunningWindows = { graceDays: 7, suspensionDays: 30 };

export type DunningStep =
  | { readonly kind: 'NONE' }
  | { readonly kind: 'SUSPEND'; readonly reason: 'OVERDUE' }
  | { readonly kind: 'UNSUSPEND' }
  | { readonly kind: 'TERMINATE' };

const DAY_MS = 86_400_000;
const FINAL: readonly ServiceStatus[] = ['TERMINATING', 'TERMINATED', 'CANCELLED'];
const RUNNING: readonly ServiceStatus[] = ['PROVISIONING', 'ACTIVE', 'DEGRADED'];

export interface DunningDeadlines {
  /** When an unpaid service gets suspended; null when nothing is overdue. */
  readonly suspendAt: Date | null;
  /** When a suspended, still unpaid service gets terminated; null when nothing is overdue. */
  readonly terminateAt: Date | null;
}

export function dunningDeadlines(facts: DunningFacts, windows: DunningWindows): DunningDeadlines {
  if (!facts.overdueSince) return { suspendAt: null, terminateAt: null };
  const suspendAt = new Date(facts.overdueSince.getTime() + days(windows.graceDays));
  const suspendedAt =
    facts.status === 'SUSPENDED' && facts.suspensionReason === 'OVERDUE' && facts.suspendedAt ? facts.suspendedAt : suspendAt;
  // A late job run must not shorten the suspension window the client was promised.
  const from = Math.max(suspendedAt.getTime(), suspendAt.getTime());
  return { suspendAt, terminateAt: new Date(from + days(windows.suspensionDays)) };
}

export function nextDunningStep(facts: DunningFacts, windows: DunningWindows, hold: boolean, now: Date): DunningStep {
  if (FINAL.includes(facts.status)) return { kind: 'NONE' };
  const overdueSuspension = facts.status === 'SUSPENDED' && facts.suspensionReason === 'OVERDUE';

  if (!facts.overdueSince) return overdueSuspension ? { kind: 'UNSUSPEND' } : { kind: 'NONE' };
  if (hold) return { kind: 'NONE' };

  const { suspendAt, terminateAt } = dunningDeadlines(facts, windows);
  if (RUNNING.includes(facts.status)) {
    return suspendAt && now >= suspendAt ? { kind: 'SUSPEND', reason: 'OVERDUE' } : { kind: 'NONE' };
  }
  if (overdueSuspension && terminateAt && now >= terminateAt) return { kind: 'TERMINATE' };
  // SUSPENDED for MANUAL or ABUSE belongs to staff, not to dunning.
  return { kind: 'NONE' };
}

function days(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`dunning windows are whole days >= 0, got ${n}`);
  return n * DAY_MS;
}

export interface InvoiceDunningFacts {
  readonly status: 'OPEN' | 'PAID' | 'VOID' | 'UNCOLLECTIBLE';
  /** When a charge attempt failed (gateway invoices); null if never attempted or not failed. */
  readonly failedAt: Date | null;
  /** When payment is due (manual invoices); null for charge-automatically invoices. */
  readonly dueAt: Date | null;
}

/**
 * When a service became overdue: the earliest failed charge or passed due date among its open
 * invoices. Derived from the invoices as they are now, so events arriving in any order give the
 * same answer (a failure notice after the invoice was paid changes nothing).
 */
export function overdueSince(invoices: readonly InvoiceDunningFacts[], now: Date): Date | null {
  let earliest: number | null = null;
  for (const inv of invoices) {
    if (inv.status !== 'OPEN') continue;
    const candidates = [inv.failedAt, inv.dueAt && inv.dueAt <= now ? inv.dueAt : null].filter((d): d is Date => d !== null);
    for (const d of candidates) earliest = earliest === null ? d.getTime() : Math.min(earliest, d.getTime());
  }
  return earliest === null ? null : new Date(earliest);
}
