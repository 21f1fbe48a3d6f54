import { describe, expect, it } from 'vitest';
import { TicketAutoCloseJob } from '../../apps/api/src/modules/tickets/ticket-auto-close.job';
import { canTransition, TICKET_STATUSES, type TicketStatus } from '../../apps/api/src/modules/tickets/ticket-lifecycle';
import { CLOSE, errorCode, fileTicket, ok, REOPEN, REPLY, TICKET, UPDATE, update, useTicketWorld, type Ticket } from './ticket-fixtures';

const MIN = 60_000;
const H = 60 * MIN;

/** The staff path from NEW to each state. */
const PATH: Record<TicketStatus, TicketStatus[]> = {
  NEW: [],
  OPEN: ['OPEN'],
  PENDING_CLIENT: ['OPEN', 'PENDING_CLIENT'],
  ON_HOLD: ['OPEN', 'ON_HOLD'],
  RESOLVED: ['OPEN', 'RESOLVED'],
  CLOSED: ['OPEN', 'RESOLVED', 'CLOSED'],
};

describe('the ticket lifecycle through the API', () => {
  const w = useTicketWorld();

  async function ticketIn(status: TicketStatus): Promise<Ticket> {
    let ticket = await fileTicket(w.t, w.member.token, w.clientId, `in ${status}`, 'body');
    for (const step of PATH[status]) ticket = await update(w.t, w.ops.token, ticket, { status: step });
    expect(ticket.status).toBe(status);
    return ticket;
  }

  for (const from of TICKET_STATUSES) {
    for (const to of TICKET_STATUSES.filter((s) => s !== from)) {
      const allowed = canTransition(from, to, 'STAFF');
      it(`${allowed ? 'lets' : 'refuses'} staff move ${from} -> ${to}`, async () => {
        const ticket = await ticketIn(from);
        const res = await w.t.gql(UPDATE, { input: { ticketId: ticket.id, version: ticket.version, status: to } }, { token: w.ops.token });
        if (allowed) {
          expect(ok<Ticket>(res, 'updateTicket').status).toBe(to);
        } else {
          expect(errorCode(res)).toBe('BAD_USER_INPUT');
          expect(res.errors![0].message).toContain(from);
          expect(res.errors![0].message).toContain(to);
          const after = ok<Ticket>(await w.t.gql(TICKET, { number: ticket.number }, { token: w.ops.token }), 'ticket');
          expect(after).toMatchObject({ status: from, version: ticket.version });
        }
      });
    }
    for (const [mutation, to] of [[CLOSE, 'CLOSED'], [REOPEN, 'OPEN']] as const) {
      const allowed = from !== to && canTransition(from, to, 'CLIENT');
      it(`${allowed ? 'lets' : 'refuses'} a client move ${from} -> ${to}`, async () => {
        const ticket = await ticketIn(from);
        const res = await w.t.gql(mutation, { input: { ticketId: ticket.id, version: ticket.version } }, { token: w.member.token });
        const field = mutation === CLOSE ? 'closeTicket' : 'reopenTicket';
        if (allowed) expect(ok<Ticket>(res, field).status).toBe(to);
        else if (from !== to) expect(errorCode(res)).toBe('BAD_USER_INPUT');
        else expect(ok<Ticket>(res, field).version).toBe(ticket.version); // already there: no change
      });
    }
  }

  it('opens a NEW ticket on the first staff reply, and reopens on a client reply when waiting on them or resolved', async () => {
    const fresh = await fileTicket(w.t, w.member.token, w.clientId);
    expect(ok<Ticket>(await w.t.gql(REPLY, { input: { ticketId: fresh.id, body: 'On it' } }, { token: w.ops.token }), 'replyToTicket').status).toBe('OPEN');
    for (const status of ['PENDING_CLIENT', 'RESOLVED'] as const) {
      const ticket = await ticketIn(status);
      const replied = ok<Ticket>(await w.t.gql(REPLY, { input: { ticketId: ticket.id, body: 'Still broken' } }, { token: w.member.token }), 'replyToTicket');
      expect(replied).toMatchObject({ id: ticket.id, status: 'OPEN' });
    }
    const onHold = await ticketIn('ON_HOLD');
    expect(ok<Ticket>(await w.t.gql(REPLY, { input: { ticketId: onHold.id, body: 'any news?' } }, { token: w.member.token }), 'replyToTicket').status).toBe('ON_HOLD');
  });

  it('files a follow-up ticket, linked to it, for a message on a CLOSED ticket', async () => {
    const closed = await ticketIn('CLOSED');
    const followUp = ok<Ticket>(await w.t.gql(REPLY, { input: { ticketId: closed.id, body: 'It is back' } }, { token: w.member.token }), 'replyToTicket');
    expect(followUp.number).not.toBe(closed.number);
    expect(followUp).toMatchObject({ status: 'NEW', subject: `Follow-up to #${closed.number}: in CLOSED` });
    const full = ok<Ticket>(await w.t.gql(TICKET, { number: followUp.number }, { token: w.member.token }), 'ticket');
    expect(full.links).toEqual([{ kind: 'FOLLOW_UP_OF', direction: 'OUTGOING', ticket: { number: closed.number } }]);
    expect(full.messages.map((m: { body: string }) => m.body)).toEqual(['It is back']);
    const old = ok<Ticket>(await w.t.gql(TICKET, { number: closed.number }, { token: w.member.token }), 'ticket');
    expect(old.status).toBe('CLOSED');
    expect(old.messages.map((m: { body: string }) => m.body)).not.toContain('It is back');
  });

  it('closes RESOLVED tickets by itself after 7 days, and not a moment before', async () => {
    const resolved = await ticketIn('RESOLVED');
    const job = w.t.app.get(TicketAutoCloseJob);
    w.t.clock.advance(7 * 24 * H - 1);
    await job.run();
    expect(ok<Ticket>(await w.t.gql(TICKET, { number: resolved.number }, { token: w.member.token }), 'ticket').status).toBe('RESOLVED');
    w.t.clock.advance(1);
    expect(await job.run()).toBeGreaterThanOrEqual(1);
    const closed = ok<Ticket>(await w.t.gql(TICKET, { number: resolved.number }, { token: w.member.token }), 'ticket');
    expect(closed.status).toBe('CLOSED');
    expect(closed.events.at(-1)).toMatchObject({ kind: 'STATUS', from: 'RESOLVED', to: 'CLOSED', actor: null });
  });
});

describe('SLA deadlines with a controllable clock', () => {
  const w = useTicketWorld();

  const get = async (n: number, token = w.ops.token) => ok<Ticket>(await w.t.gql(TICKET, { number: n }, { token }), 'ticket');
  const at = (start: number, ms: number) => new Date(start + ms).toISOString();

  it('has no deadlines until the ticket has a priority, then counts from filing', async () => {
    const ticket = await fileTicket(w.t, w.member.token, w.clientId);
    const start = new Date(ticket.createdAt).getTime();
    expect(ticket.sla).toBeNull();
    w.t.clock.advance(10 * MIN);
    const high = await update(w.t, w.ops.token, ticket, { priority: 'HIGH' });
    expect(high.sla.firstResponse).toEqual({ dueAt: at(start, H), state: 'DUE', paused: false, reachedAt: null });
    expect(high.sla.resolution.dueAt).toBe(at(start, 8 * H));
  });

  it('moves both deadlines by exactly the time spent waiting on the client, and never breaches meanwhile', async () => {
    let ticket = await fileTicket(w.t, w.member.token, w.clientId);
    const start = new Date(ticket.createdAt).getTime();
    ticket = await update(w.t, w.ops.token, ticket, { priority: 'HIGH', status: 'OPEN' });
    w.t.clock.advance(30 * MIN);
    ticket = await update(w.t, w.ops.token, ticket, { status: 'PENDING_CLIENT' });
    w.t.clock.advance(5 * H + 17 * MIN + 250);
    const waiting = await get(ticket.number, w.member.token);
    expect(waiting.sla.firstResponse).toMatchObject({ state: 'DUE', paused: true, dueAt: at(start, H + 5 * H + 17 * MIN + 250) });
    ok(await w.t.gql(REPLY, { input: { ticketId: ticket.id, body: 'here is the info' } }, { token: w.member.token }), 'replyToTicket');
    const paused = 5 * H + 17 * MIN + 250;
    let after = await get(ticket.number);
    expect(after.status).toBe('OPEN');
    expect(after.sla.firstResponse).toEqual({ dueAt: at(start, H + paused), state: 'DUE', paused: false, reachedAt: null });
    expect(after.sla.resolution.dueAt).toBe(at(start, 8 * H + paused));

    w.t.clock.advance(30 * MIN); // exactly at the deadline: still due
    expect((await get(ticket.number)).sla.firstResponse.state).toBe('DUE');
    w.t.clock.advance(1);
    after = await get(ticket.number);
    expect(after.sla.firstResponse.state).toBe('BREACHED');
    expect(after.sla.resolution.state).toBe('DUE');
  });

  it('marks the first response met when staff answer in time, and keeps it met through later pauses', async () => {
    let ticket = await fileTicket(w.t, w.member.token, w.clientId);
    const start = new Date(ticket.createdAt).getTime();
    ticket = await update(w.t, w.ops.token, ticket, { priority: 'MEDIUM' });
    w.t.clock.advance(3 * H);
    ticket = ok(await w.t.gql(REPLY, { input: { ticketId: ticket.id, body: 'Looking' } }, { token: w.ops.token }), 'replyToTicket');
    expect(ticket.sla.firstResponse).toEqual({ dueAt: at(start, 4 * H), state: 'MET', paused: false, reachedAt: at(start, 3 * H) });
    ticket = await update(w.t, w.ops.token, ticket, { status: 'ON_HOLD' });
    w.t.clock.advance(10 * 24 * H);
    const later = await get(ticket.number);
    expect(later.sla.firstResponse.state).toBe('MET');
    expect(later.sla.resolution).toMatchObject({ state: 'DUE', paused: true });
  });

  it('counts the days a ticket sat resolved as paused when the client reopens it', async () => {
    let ticket = await fileTicket(w.t, w.member.token, w.clientId);
    const start = new Date(ticket.createdAt).getTime();
    ticket = await update(w.t, w.ops.token, ticket, { priority: 'HIGH', status: 'OPEN' });
    w.t.clock.advance(2 * H);
    ticket = await update(w.t, w.ops.token, ticket, { status: 'RESOLVED' });
    expect(ticket.sla.resolution).toMatchObject({ state: 'MET', reachedAt: at(start, 2 * H) });
    w.t.clock.advance(3 * 24 * H);
    ticket = ok(await w.t.gql(REOPEN, { input: { ticketId: ticket.id, version: ticket.version } }, { token: w.member.token }), 'reopenTicket');
    expect(ticket.sla.resolution).toEqual({ dueAt: at(start, 8 * H + 3 * 24 * H), state: 'DUE', paused: false, reachedAt: null });
  });
});

describe('SLA targets and auto-close delay from the configuration', () => {
  const w = useTicketWorld({ env: { TICKET_SLA_HIGH: '15m/2h', TICKET_AUTO_CLOSE_DAYS: '2' } });

  it('uses the configured targets and closes resolved tickets after the configured days', async () => {
    const ticket = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId), { priority: 'HIGH', status: 'OPEN' });
    const start = new Date(ticket.createdAt).getTime();
    expect(ticket.sla.firstResponse.dueAt).toBe(new Date(start + 15 * MIN).toISOString());
    expect(ticket.sla.resolution.dueAt).toBe(new Date(start + 2 * H).toISOString());
    const resolved = await update(w.t, w.ops.token, ticket, { status: 'RESOLVED' });
    w.t.clock.advance(2 * 24 * H);
    await w.t.app.get(TicketAutoCloseJob).run();
    expect(ok<Ticket>(await w.t.gql(TICKET, { number: resolved.number }, { token: w.member.token }), 'ticket').status).toBe('CLOSED');
  });
});
