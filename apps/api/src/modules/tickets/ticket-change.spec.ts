import { describe, expect, it } from 'vitest';
import { normalizeLabels, planTicketChange, storedDeadlines, withFirstResponse, type TicketState } from './ticket-change';
import { queueViewsOf } from './ticket-queue-views';
import { DEFAULT_SLA_POLICY } from './ticket-sla';
import { TicketErrorCode, TicketException } from './tickets.exception';

const H = 3_600_000;
const t0 = new Date('2026-03-02T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

const fresh = (over: Partial<TicketState> = {}): TicketState => ({
  status: 'NEW',
  priority: null,
  workingGroupId: null,
  assigneeId: null,
  labels: [],
  serviceId: null,
  createdAt: t0,
  slaPausedMs: 0,
  slaPausedSince: null,
  firstResponseAt: null,
  firstResponsePausedMs: null,
  resolvedAt: null,
  resolutionPausedMs: null,
  closedAt: null,
  ...over,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as TicketException).ticketCode;
  }
  return null;
};

describe('planning a ticket change', () => {
  it('records each changed field once, with who may see it', () => {
    const { state, changes } = planTicketChange(
      fresh(),
      { status: 'OPEN', priority: 'HIGH', workingGroupId: 'g1', assigneeId: 'u1', labels: ['DNS', 'dns', ' mail '] },
      'STAFF',
      at(H),
    );
    expect(state).toMatchObject({ status: 'OPEN', priority: 'HIGH', workingGroupId: 'g1', assigneeId: 'u1', labels: ['dns', 'mail'] });
    expect(changes).toEqual([
      { kind: 'STATUS', from: 'NEW', to: 'OPEN', visibility: 'PUBLIC' },
      { kind: 'PRIORITY', from: null, to: 'HIGH', visibility: 'PUBLIC' },
      { kind: 'WORKING_GROUP', from: null, to: 'g1', visibility: 'INTERNAL' },
      { kind: 'ASSIGNEE', from: null, to: 'u1', visibility: 'INTERNAL' },
      { kind: 'LABELS', from: null, to: 'dns,mail', visibility: 'INTERNAL' },
    ]);
  });

  it('writes no event for fields set to what they already are', () => {
    const s = fresh({ status: 'OPEN', priority: 'LOW', labels: ['a', 'b'] });
    expect(planTicketChange(s, { status: 'OPEN', priority: 'LOW', labels: ['b', 'a'], assigneeId: null }, 'STAFF', at(1)).changes).toEqual([]);
  });

  it('refuses a move the lifecycle does not allow, changing nothing', () => {
    expect(codeOf(() => planTicketChange(fresh({ status: 'CLOSED' }), { status: 'OPEN' }, 'STAFF', at(1)))).toBe(
      TicketErrorCode.INVALID_TRANSITION,
    );
    expect(codeOf(() => planTicketChange(fresh({ status: 'OPEN' }), { status: 'RESOLVED' }, 'CLIENT', at(1)))).toBe(
      TicketErrorCode.INVALID_TRANSITION,
    );
  });

  it('lets a client change nothing but the status', () => {
    expect(codeOf(() => planTicketChange(fresh(), { priority: 'HIGH' }, 'CLIENT', at(1)))).toBe(TicketErrorCode.INVALID_INPUT);
    expect(planTicketChange(fresh(), { status: 'CLOSED' }, 'CLIENT', at(1)).state.status).toBe('CLOSED');
  });

  it('pauses the SLA clock when waiting on the client and banks the pause on the way back', () => {
    let s = planTicketChange(fresh({ status: 'OPEN', priority: 'HIGH' }), { status: 'PENDING_CLIENT' }, 'STAFF', at(H / 2)).state;
    expect(s.slaPausedSince).toEqual(at(H / 2));
    s = planTicketChange(s, { status: 'OPEN' }, 'CLIENT', at(3 * H)).state;
    expect(s).toMatchObject({ slaPausedSince: null, slaPausedMs: 2.5 * H });
    expect(storedDeadlines(s, DEFAULT_SLA_POLICY)).toEqual({ firstResponseDueAt: at(3.5 * H), resolutionDueAt: at(10.5 * H) });
  });

  it('sets the resolution milestone on resolve, keeps it on close, and clears it on reopen', () => {
    let s = planTicketChange(fresh({ status: 'OPEN', priority: 'LOW' }), { status: 'RESOLVED' }, 'STAFF', at(5 * H)).state;
    expect(s).toMatchObject({ resolvedAt: at(5 * H), resolutionPausedMs: 0, closedAt: null });
    const reopened = planTicketChange(s, { status: 'OPEN' }, 'CLIENT', at(7 * H)).state;
    expect(reopened).toMatchObject({ resolvedAt: null, resolutionPausedMs: null, slaPausedMs: 2 * H });
    s = planTicketChange(s, { status: 'CLOSED' }, 'SYSTEM', at(9 * H)).state;
    expect(s).toMatchObject({ resolvedAt: at(5 * H), closedAt: at(9 * H) });
  });

  it('counts the pause in progress in the resolution milestone when resolving a paused ticket', () => {
    const paused = planTicketChange(fresh({ status: 'OPEN', priority: 'HIGH' }), { status: 'ON_HOLD' }, 'STAFF', at(H)).state;
    const s = planTicketChange(paused, { status: 'RESOLVED' }, 'STAFF', at(4 * H)).state;
    expect(s.resolutionPausedMs).toBe(3 * H);
  });

  it('takes the first staff reply as first response, once', () => {
    const s = withFirstResponse(fresh(), at(20 * 60_000));
    expect(s.firstResponseAt).toEqual(at(20 * 60_000));
    expect(withFirstResponse(s, at(H))).toBe(s);
  });

  it('has no deadlines without priority', () => {
    expect(storedDeadlines(fresh(), DEFAULT_SLA_POLICY)).toEqual({ firstResponseDueAt: null, resolutionDueAt: null });
  });
});

describe('labels', () => {
  it('rejects labels with spaces, empty ones and too many', () => {
    expect(() => normalizeLabels(['two words'])).toThrowError(TicketException);
    expect(() => normalizeLabels(['  '])).toThrowError(TicketException);
    expect(() => normalizeLabels(Array.from({ length: 21 }, (_, i) => `l${i}`))).toThrowError(/at most 20/);
    expect(normalizeLabels(Array.from({ length: 20 }, (_, i) => `l${i}`))).toHaveLength(20);
  });
});

describe('queue views of a ticket', () => {
  it('puts an untriaged new ticket in TRIAGE, OPEN and UNASSIGNED', () => {
    expect([...queueViewsOf(fresh(), 'me', DEFAULT_SLA_POLICY, at(1))].sort()).toEqual(['OPEN', 'TRIAGE', 'UNASSIGNED']);
  });

  it('puts a fresh HIGH ticket assigned to me in HIGH_PRIORITY, MINE and ESCALATED (first response due within the hour)', () => {
    const s = fresh({ priority: 'HIGH', workingGroupId: 'g', assigneeId: 'me' });
    expect([...queueViewsOf(s, 'me', DEFAULT_SLA_POLICY, at(1))].sort()).toEqual(['ESCALATED', 'HIGH_PRIORITY', 'MINE', 'OPEN']);
    expect(queueViewsOf(s, 'someone-else', DEFAULT_SLA_POLICY, at(1)).has('MINE')).toBe(false);
  });

  it('puts resolved and closed tickets only in DONE', () => {
    for (const status of ['RESOLVED', 'CLOSED'] as const) {
      expect([...queueViewsOf(fresh({ status, priority: 'HIGH' }), null, DEFAULT_SLA_POLICY, at(9 * H))]).toEqual(['DONE']);
    }
  });

  it('escalates a MEDIUM ticket only from an hour before its first-response deadline', () => {
    const s = fresh({ priority: 'MEDIUM', workingGroupId: 'g', status: 'OPEN' });
    expect(queueViewsOf(s, null, DEFAULT_SLA_POLICY, at(3 * H - 1)).has('ESCALATED')).toBe(false);
    expect(queueViewsOf(s, null, DEFAULT_SLA_POLICY, at(3 * H)).has('ESCALATED')).toBe(true);
  });
});
