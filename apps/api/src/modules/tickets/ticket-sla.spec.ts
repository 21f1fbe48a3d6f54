import { describe, expect, it } from 'vitest';
import {
  clockAfterStatusChange,
  DEFAULT_SLA_POLICY,
  evaluateSla,
  isEscalated,
  parseSlaDuration,
  parseSlaTargets,
  pausedMsAt,
  reachMilestone,
  slaPolicyFrom,
  startSlaClock,
  type SlaClock,
} from './ticket-sla';
import { TicketErrorCode, TicketException } from './tickets.exception';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('SLA policy', () => {
  it('defaults to 1h/8h for HIGH, 4h/3d for MEDIUM, 1d/10d for LOW', () => {
    expect(DEFAULT_SLA_POLICY.HIGH).toEqual({ firstResponseMs: H, resolutionMs: 8 * H });
    expect(DEFAULT_SLA_POLICY.MEDIUM).toEqual({ firstResponseMs: 4 * H, resolutionMs: 3 * D });
    expect(DEFAULT_SLA_POLICY.LOW).toEqual({ firstResponseMs: D, resolutionMs: 10 * D });
  });

  it('parses durations in minutes, hours and days', () => {
    expect(parseSlaDuration('90m')).toBe(90 * MIN);
    expect(parseSlaDuration('4h')).toBe(4 * H);
    expect(parseSlaDuration(' 3d ')).toBe(3 * D);
  });

  it.each(['', '0h', '4', 'h', '1.5h', '-1h', '2w', '1h30m'])('rejects the duration %j', (text) => {
    expect(() => parseSlaDuration(text)).toThrowError(TicketException);
  });

  it('parses first-response/resolution pairs and refuses a resolution shorter than the first response', () => {
    expect(parseSlaTargets('30m/2d')).toEqual({ firstResponseMs: 30 * MIN, resolutionMs: 2 * D });
    expect(() => parseSlaTargets('8h/1h')).toThrowError(/shorter/);
    expect(() => parseSlaTargets('1h')).toThrowError(TicketException);
    try {
      parseSlaTargets('1h/2h/3h');
    } catch (e) {
      expect((e as TicketException).ticketCode).toBe(TicketErrorCode.INVALID_INPUT);
    }
  });

  it('overrides only the priorities given', () => {
    const policy = slaPolicyFrom({ HIGH: '15m/4h', LOW: '' });
    expect(policy.HIGH).toEqual({ firstResponseMs: 15 * MIN, resolutionMs: 4 * H });
    expect(policy.MEDIUM).toEqual(DEFAULT_SLA_POLICY.MEDIUM);
    expect(policy.LOW).toEqual(DEFAULT_SLA_POLICY.LOW);
  });
});

describe('SLA clock', () => {
  it('accumulates no pause while the ticket stays in counting states', () => {
    let clock = startSlaClock(t0);
    clock = clockAfterStatusChange(clock, 'OPEN', at(10 * MIN));
    expect(clock).toEqual({ startedAt: t0, pausedMs: 0, pausedSince: null });
  });

  it('counts a pause in progress up to now', () => {
    const clock = clockAfterStatusChange(startSlaClock(t0), 'PENDING_CLIENT', at(H));
    expect(clock.pausedSince).toEqual(at(H));
    expect(pausedMsAt(clock, at(3 * H))).toBe(2 * H);
  });

  it('banks each pause exactly when the clock runs again, across several pauses', () => {
    let clock: SlaClock = startSlaClock(t0);
    clock = clockAfterStatusChange(clock, 'OPEN', at(5 * MIN));
    clock = clockAfterStatusChange(clock, 'PENDING_CLIENT', at(20 * MIN));
    clock = clockAfterStatusChange(clock, 'OPEN', at(20 * MIN + 3 * H));
    clock = clockAfterStatusChange(clock, 'ON_HOLD', at(4 * H));
    // moving between two non-counting states does not restart the pause
    clock = clockAfterStatusChange(clock, 'PENDING_CLIENT', at(5 * H));
    clock = clockAfterStatusChange(clock, 'OPEN', at(6 * H + 7 * MIN));
    expect(clock).toEqual({ startedAt: t0, pausedMs: 3 * H + (2 * H + 7 * MIN), pausedSince: null });
  });

  it('treats time spent resolved as paused when the ticket is reopened', () => {
    let clock = startSlaClock(t0);
    clock = clockAfterStatusChange(clock, 'RESOLVED', at(2 * H));
    clock = clockAfterStatusChange(clock, 'OPEN', at(2 * D));
    expect(clock.pausedMs).toBe(2 * D - 2 * H);
  });
});

describe('SLA deadlines', () => {
  const fresh = (clock: SlaClock = startSlaClock(t0)) => ({ priority: 'HIGH' as const, clock, firstResponse: null, resolution: null });

  it('has no deadlines while the ticket has no priority', () => {
    expect(evaluateSla({ ...fresh(), priority: null }, DEFAULT_SLA_POLICY, at(D))).toBeNull();
  });

  it('is due up to and including the deadline, breached one millisecond after', () => {
    expect(evaluateSla(fresh(), DEFAULT_SLA_POLICY, at(H))!.firstResponse).toEqual({
      dueAt: at(H), state: 'DUE', reachedAt: null, paused: false,
    });
    expect(evaluateSla(fresh(), DEFAULT_SLA_POLICY, at(H + 1))!.firstResponse.state).toBe('BREACHED');
    expect(evaluateSla(fresh(), DEFAULT_SLA_POLICY, at(H + 1))!.resolution.state).toBe('DUE');
  });

  it('moves both deadlines by exactly the paused time', () => {
    let clock = startSlaClock(t0);
    clock = clockAfterStatusChange(clock, 'PENDING_CLIENT', at(30 * MIN));
    clock = clockAfterStatusChange(clock, 'OPEN', at(30 * MIN + 5 * H + 17 * MIN + 123));
    const sla = evaluateSla(fresh(clock), DEFAULT_SLA_POLICY, at(6 * H))!;
    const paused = 5 * H + 17 * MIN + 123;
    expect(sla.firstResponse.dueAt).toEqual(at(H + paused));
    expect(sla.resolution.dueAt).toEqual(at(8 * H + paused));
    expect(sla.firstResponse.state).toBe('DUE');
  });

  it('never breaches while paused, and reports the pause', () => {
    const clock = clockAfterStatusChange(startSlaClock(t0), 'PENDING_CLIENT', at(50 * MIN));
    const sla = evaluateSla(fresh(clock), DEFAULT_SLA_POLICY, at(5 * D))!;
    expect(sla.firstResponse).toEqual({ dueAt: at(5 * D + 10 * MIN), state: 'DUE', reachedAt: null, paused: true });
  });

  it('stays breached while paused if it was breached before the pause', () => {
    const clock = clockAfterStatusChange(startSlaClock(t0), 'ON_HOLD', at(2 * H));
    const sla = evaluateSla(fresh(clock), DEFAULT_SLA_POLICY, at(3 * D))!;
    expect(sla.firstResponse.state).toBe('BREACHED');
    expect(sla.firstResponse.dueAt).toEqual(at(3 * D - H));
  });

  it('reports each deadline separately: first response met, resolution breached', () => {
    const clock = startSlaClock(t0);
    const firstResponse = reachMilestone(clock, at(59 * MIN));
    const sla = evaluateSla({ ...fresh(clock), firstResponse }, DEFAULT_SLA_POLICY, at(9 * H))!;
    expect(sla.firstResponse).toEqual({ dueAt: at(H), state: 'MET', reachedAt: at(59 * MIN), paused: false });
    expect(sla.resolution.state).toBe('BREACHED');
  });

  it('keeps a met deadline met however long the ticket pauses afterwards', () => {
    let clock = startSlaClock(t0);
    clock = clockAfterStatusChange(clock, 'PENDING_CLIENT', at(10 * MIN));
    clock = clockAfterStatusChange(clock, 'OPEN', at(2 * H));
    const firstResponse = reachMilestone(clock, at(2 * H + 30 * MIN)); // 40 counted minutes: met
    clock = clockAfterStatusChange(clock, 'ON_HOLD', at(3 * H));
    const sla = evaluateSla({ ...fresh(clock), firstResponse }, DEFAULT_SLA_POLICY, at(9 * D))!;
    expect(sla.firstResponse.state).toBe('MET');
    expect(sla.firstResponse.dueAt).toEqual(at(H + 110 * MIN));
  });

  it('marks a late milestone as breached', () => {
    const clock = startSlaClock(t0);
    const resolution = reachMilestone(clock, at(8 * H + 1));
    const sla = evaluateSla({ ...fresh(clock), firstResponse: reachMilestone(clock, at(1)), resolution }, DEFAULT_SLA_POLICY, at(9 * H))!;
    expect(sla.resolution.state).toBe('BREACHED');
    expect(sla.resolution.reachedAt).toEqual(at(8 * H + 1));
  });

  it('uses the targets of the current priority', () => {
    const sla = evaluateSla({ ...fresh(), priority: 'LOW' }, DEFAULT_SLA_POLICY, at(2 * H))!;
    expect(sla.firstResponse.dueAt).toEqual(at(D));
    expect(sla.resolution.dueAt).toEqual(at(10 * D));
  });
});

describe('escalation', () => {
  const base = { priority: 'HIGH' as const, firstResponse: null, resolution: null };

  it('escalates a pending deadline due within the hour or breached', () => {
    const clock = startSlaClock(t0);
    expect(isEscalated(evaluateSla({ ...base, clock }, DEFAULT_SLA_POLICY, at(0)), at(0))).toBe(true);
    const medium = { ...base, priority: 'MEDIUM' as const, clock };
    expect(isEscalated(evaluateSla(medium, DEFAULT_SLA_POLICY, at(2 * H)), at(2 * H))).toBe(false);
    expect(isEscalated(evaluateSla(medium, DEFAULT_SLA_POLICY, at(3 * H)), at(3 * H))).toBe(true);
    expect(isEscalated(evaluateSla(medium, DEFAULT_SLA_POLICY, at(5 * H)), at(5 * H))).toBe(true);
  });

  it('does not escalate a paused ticket that is not yet breached, nor one without priority', () => {
    const clock = clockAfterStatusChange(startSlaClock(t0), 'PENDING_CLIENT', at(50 * MIN));
    expect(isEscalated(evaluateSla({ ...base, clock }, DEFAULT_SLA_POLICY, at(D)), at(D))).toBe(false);
    expect(isEscalated(evaluateSla({ ...base, priority: null, clock }, DEFAULT_SLA_POLICY, at(D)), at(D))).toBe(false);
  });

  it('does not escalate on deadlines already reached, even late ones', () => {
    const clock = startSlaClock(t0);
    const sla = evaluateSla(
      { ...base, clock, firstResponse: reachMilestone(clock, at(2 * H)), resolution: reachMilestone(clock, at(9 * H)) },
      DEFAULT_SLA_POLICY,
      at(10 * H),
    );
    expect(sla!.firstResponse.state).toBe('BREACHED');
    expect(isEscalated(sla, at(10 * H))).toBe(false);
  });
});
