import { describe, expect, it } from 'vitest';
import { DEFAULT_DUNNING_WINDOWS, DunningFacts, DunningStep, dunningDeadlines, nextDunningStep, overdueSince } from './dunning-policy';

const t0 = new Date('2026-03-01T00:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * 86_400_000);
const active: DunningFacts = { status: 'ACTIVE', suspensionReason: null, suspendedAt: null, overdueSince: null };
const overdue: DunningFacts = { ...active, overdueSince: t0 };
const w = DEFAULT_DUNNING_WINDOWS;

/** Applies a step to the facts the way the job does, so the policy can be run as a loop. */
function apply(f: DunningFacts, step: DunningStep, now: Date): DunningFacts {
  switch (step.kind) {
    case 'SUSPEND':
      return { ...f, status: 'SUSPENDED', suspensionReason: step.reason, suspendedAt: now };
    case 'UNSUSPEND':
      return { ...f, status: 'PROVISIONING', suspensionReason: null, suspendedAt: null };
    case 'TERMINATE':
      return { ...f, status: 'TERMINATING' };
    case 'NONE':
      return f;
  }
}

describe('nextDunningStep', () => {
  it('does nothing to a paid-up service', () => {
    expect(nextDunningStep(active, w, false, at(100))).toEqual({ kind: 'NONE' });
  });

  it('waits out the grace period before suspending for OVERDUE', () => {
    expect(nextDunningStep(overdue, w, false, at(6.99))).toEqual({ kind: 'NONE' });
    expect(nextDunningStep(overdue, w, false, at(7))).toEqual({ kind: 'SUSPEND', reason: 'OVERDUE' });
    expect(nextDunningStep({ ...overdue, status: 'DEGRADED' }, w, false, at(8)).kind).toBe('SUSPEND');
    expect(nextDunningStep({ ...overdue, status: 'PROVISIONING' }, w, false, at(8)).kind).toBe('SUSPEND');
  });

  it("uses the package's own grace and suspension days", () => {
    const windows = { graceDays: 2, suspensionDays: 5 };
    expect(nextDunningStep(overdue, windows, false, at(2)).kind).toBe('SUSPEND');
    const suspended = apply(overdue, { kind: 'SUSPEND', reason: 'OVERDUE' }, at(2));
    expect(nextDunningStep(suspended, windows, false, at(6.9)).kind).toBe('NONE');
    expect(nextDunningStep(suspended, windows, false, at(7)).kind).toBe('TERMINATE');
  });

  it('terminates only after the suspension window has passed unpaid', () => {
    const suspended = apply(overdue, { kind: 'SUSPEND', reason: 'OVERDUE' }, at(7));
    expect(nextDunningStep(suspended, w, false, at(36.9)).kind).toBe('NONE');
    expect(nextDunningStep(suspended, w, false, at(37)).kind).toBe('TERMINATE');
  });

  it('counts the suspension window from the actual suspension when the job ran late', () => {
    const late = apply(overdue, { kind: 'SUSPEND', reason: 'OVERDUE' }, at(20));
    expect(nextDunningStep(late, w, false, at(37)).kind).toBe('NONE');
    expect(nextDunningStep(late, w, false, at(50)).kind).toBe('TERMINATE');
    expect(dunningDeadlines(late, w).terminateAt).toEqual(at(50));
  });

  it('unsuspends an OVERDUE suspension once paid, even under a hold', () => {
    const paid: DunningFacts = { status: 'SUSPENDED', suspensionReason: 'OVERDUE', suspendedAt: at(7), overdueSince: null };
    expect(nextDunningStep(paid, w, false, at(8))).toEqual({ kind: 'UNSUSPEND' });
    expect(nextDunningStep(paid, w, true, at(8))).toEqual({ kind: 'UNSUSPEND' });
  });

  it('never lifts or escalates a MANUAL or ABUSE suspension', () => {
    for (const reason of ['MANUAL', 'ABUSE'] as const) {
      const f: DunningFacts = { status: 'SUSPENDED', suspensionReason: reason, suspendedAt: t0, overdueSince: null };
      expect(nextDunningStep(f, w, false, at(1)).kind).toBe('NONE');
      expect(nextDunningStep({ ...f, overdueSince: t0 }, w, false, at(400)).kind).toBe('NONE');
    }
  });

  it('a client hold stops automatic suspension and termination', () => {
    expect(nextDunningStep(overdue, w, true, at(30)).kind).toBe('NONE');
    const suspended = apply(overdue, { kind: 'SUSPEND', reason: 'OVERDUE' }, at(7));
    expect(nextDunningStep(suspended, w, true, at(400)).kind).toBe('NONE');
  });

  it('leaves terminating, terminated and cancelled services alone', () => {
    for (const status of ['TERMINATING', 'TERMINATED', 'CANCELLED'] as const) {
      expect(nextDunningStep({ ...overdue, status }, w, false, at(400)).kind).toBe('NONE');
    }
  });

  it('is idempotent: applying a step and asking again at the same moment returns NONE', () => {
    let facts = overdue;
    const timeline = [0, 3, 7, 7, 10, 37, 37, 38];
    const steps: string[] = [];
    for (const d of timeline) {
      const step = nextDunningStep(facts, w, false, at(d));
      facts = apply(facts, step, at(d));
      steps.push(step.kind);
      expect(nextDunningStep(facts, w, false, at(d)).kind).toBe('NONE');
    }
    expect(steps).toEqual(['NONE', 'NONE', 'SUSPEND', 'NONE', 'NONE', 'TERMINATE', 'NONE', 'NONE']);
  });

  it('rejects fractional or negative windows', () => {
    expect(() => nextDunningStep(overdue, { graceDays: -1, suspensionDays: 30 }, false, at(1))).toThrow(RangeError);
    expect(() => nextDunningStep(overdue, { graceDays: 1.5, suspensionDays: 30 }, false, at(1))).toThrow(RangeError);
  });
});

describe('overdueSince', () => {
  const now = at(10);
  it('is null when every invoice is paid, void, or open but not yet due', () => {
    expect(overdueSince([], now)).toBeNull();
    expect(overdueSince([{ status: 'PAID', failedAt: at(1), dueAt: null }], now)).toBeNull();
    expect(overdueSince([{ status: 'VOID', failedAt: at(1), dueAt: at(1) }], now)).toBeNull();
    expect(overdueSince([{ status: 'OPEN', failedAt: null, dueAt: at(11) }], now)).toBeNull();
  });

  it('takes the earliest failed charge or passed due date among open invoices', () => {
    expect(
      overdueSince(
        [
          { status: 'OPEN', failedAt: at(4), dueAt: null },
          { status: 'OPEN', failedAt: null, dueAt: at(2) },
          { status: 'PAID', failedAt: at(0), dueAt: null },
        ],
        now,
      ),
    ).toEqual(at(2));
  });
});
