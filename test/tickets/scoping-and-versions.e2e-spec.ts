import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { liveClient, settle, subscribe } from './live-client';
import { CLOSE, errorCode, FILE_TICKET, fileTicket, ok, REPLY, setupParties, TICKET, UPDATE, update, useTicketWorld, type Party, type Ticket } from './ticket-fixtures';

describe('tickets are scoped to the members of their client', () => {
  let t: TestApp;
  let a: Party;
  let b: Party;
  let ops: Party;
  let clientA: string;
  let clientB: string;
  let ticketA: Ticket;

  beforeAll(async () => {
    t = await startTestApp();
    const p = await setupParties(t);
    ({ member: a, ops } = p);
    clientA = p.client.id;
    const bUser = await createUser(t, { name: 'Bea B' });
    clientB = (await createClient(t, bUser)).id;
    b = { user: bUser, token: await loginAs(t, bUser) };
    ticketA = await fileTicket(t, a.token, clientA, 'Invoice question', 'About invoice 2026-0042');
  });
  afterAll(() => t?.close());

  it('does not let a member of client B read client A\'s ticket, by number or in lists', async () => {
    const res = await t.gql(TICKET, { number: ticketA.number }, { token: b.token });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(TICKET, { number: 999_999 }, { token: b.token }))).toBe('NOT_FOUND');
    expect(res.errors![0].message).toBe((await t.gql(TICKET, { number: 999_999 }, { token: b.token })).errors![0].message);
    const mine = ok<any>(await t.gql(`{ myTickets { totalCount edges { node { number } } } }`, {}, { token: b.token }), 'myTickets');
    expect(mine).toEqual({ totalCount: 0, edges: [] });
    const hits = ok<any>(await t.gql(`{ searchTickets(query: "invoice") { totalCount } }`, {}, { token: b.token }), 'searchTickets');
    expect(hits.totalCount).toBe(0);
  });

  it('does not let a member of client B subscribe to client A\'s ticket', async () => {
    const ws = liveClient(t.url, b.token);
    try {
      const sub = subscribe(ws, `subscription ($n: Int!) { ticketUpdated(number: $n) { number } }`, { n: ticketA.number });
      await expect(sub.waitFor(1, 3000)).rejects.toThrow(/not found/);
      expect(sub.errors).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);
      ok(await t.gql(REPLY, { input: { ticketId: ticketA.id, body: 'public news' } }, { token: a.token }), 'replyToTicket');
      await settle();
      expect(sub.events).toEqual([]);
    } finally {
      await ws.dispose();
    }
  });

  it('does not let a member of client B write to client A\'s ticket, and reveals nothing by the error', async () => {
    const reply = await t.gql(REPLY, { input: { ticketId: ticketA.id, body: 'hello' } }, { token: b.token });
    expect(errorCode(reply)).toBe('NOT_FOUND');
    // even with a wrong version, the answer is NOT_FOUND (a CONFLICT would confirm the ticket exists)
    const close = await t.gql(CLOSE, { input: { ticketId: ticketA.id, version: 99 } }, { token: b.token });
    expect(errorCode(close)).toBe('NOT_FOUND');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM ticket_messages WHERE ticket_id = $1 AND author_id = $2`, [ticketA.id, b.user.id]))[0].n).toBe(0);
  });

  it('does not let anyone file a ticket for a client they are not a member of', async () => {
    const res = await t.gql(FILE_TICKET, { input: { clientId: clientA, subject: 'x', body: 'y' } }, { token: b.token });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('lets staff file on behalf of any client, and keeps the queue for staff', async () => {
    const filed = ok<Ticket>(await t.gql(FILE_TICKET, { input: { clientId: clientB, subject: 'Phoned in', body: 'Client called' } }, { token: ops.token }), 'fileTicket');
    expect(filed.client.id).toBe(clientB);
    const seen = ok<Ticket>(await t.gql(TICKET, { number: filed.number }, { token: b.token }), 'ticket');
    expect(seen.id).toBe(filed.id);
    expect(errorCode(await t.gql(`{ ticketQueue(view: OPEN) { totalCount } }`, {}, { token: b.token }))).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(`mutation { claimNextTicket { number } }`, {}, { token: a.token }))).toBe('FORBIDDEN');
  });

  it('refuses a link field to show a client a ticket of another client', async () => {
    const ticketB = await fileTicket(t, b.token, clientB, 'B stuff', 'B body');
    ok(await t.gql(`mutation ($i: LinkTicketsInput!) { linkTickets(input: $i) { number } }`, { i: { fromTicketId: ticketA.id, toTicketId: ticketB.id, kind: 'RELATES_TO' } }, { token: ops.token }), 'linkTickets');
    const aView = ok<Ticket>(await t.gql(TICKET, { number: ticketA.number }, { token: a.token }), 'ticket');
    expect(aView.links).toEqual([]);
    expect(JSON.stringify(aView.events)).not.toContain(`#${ticketB.number}`);
    const staffView = ok<Ticket>(await t.gql(TICKET, { number: ticketA.number }, { token: ops.token }), 'ticket');
    expect(staffView.links).toEqual([{ kind: 'RELATES_TO', direction: 'OUTGOING', ticket: { number: ticketB.number } }]);
  });
});

describe('every write takes the version the caller saw', () => {
  const w = useTicketWorld();

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const v1 = await fileTicket(w.t, w.member.token, w.clientId);
    const v2 = await update(w.t, w.ops.token, v1, { priority: 'LOW' });
    expect(v2.version).toBe(2);
    const stale = await w.t.gql(UPDATE, { input: { ticketId: v1.id, version: 1, priority: 'HIGH', labels: ['x'] } }, { token: w.ops.token });
    expect(errorCode(stale)).toBe('CONFLICT');
    const now = ok<Ticket>(await w.t.gql(TICKET, { number: v1.number }, { token: w.ops.token }), 'ticket');
    expect(now).toMatchObject({ version: 2, priority: 'LOW', labels: [] });
    expect(now.events.filter((e: { kind: string }) => e.kind === 'PRIORITY')).toHaveLength(1);
    const staleClose = await w.t.gql(CLOSE, { input: { ticketId: v1.id, version: 1 } }, { token: w.member.token });
    expect(errorCode(staleClose)).toBe('CONFLICT');
    expect(ok<Ticket>(await w.t.gql(CLOSE, { input: { ticketId: v1.id, version: 2 } }, { token: w.member.token }), 'closeTicket').status).toBe('CLOSED');
  });

  it('lets exactly one of two racing writers with the same version win', async () => {
    const ticket = await fileTicket(w.t, w.member.token, w.clientId);
    const results = await Promise.all(
      ['LOW', 'HIGH'].map((priority) => w.t.gql(UPDATE, { input: { ticketId: ticket.id, version: 1, priority } }, { token: w.ops.token })),
    );
    expect(results.map(errorCode).sort()).toEqual(['CONFLICT', undefined]);
    const final = ok<Ticket>(await w.t.gql(TICKET, { number: ticket.number }, { token: w.ops.token }), 'ticket');
    expect(final.version).toBe(2);
  });

  it('does not bump the version when nothing changes', async () => {
    const ticket = await fileTicket(w.t, w.member.token, w.clientId);
    const same = await update(w.t, w.ops.token, ticket, { priority: null, labels: [] });
    expect(same.version).toBe(1);
  });
});

describe('the ticket event log', () => {
  const w = useTicketWorld();

  it('is append-only, except for forgetting a deleted user', async () => {
    const ticket = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId), { priority: 'LOW' });
    await expect(w.t.db.query(`UPDATE ticket_events SET to_value = 'HIGH' WHERE ticket_id = $1 AND kind = 'PRIORITY'`, [ticket.id])).rejects.toThrow(/append-only/);
    await w.t.db.query('DELETE FROM users WHERE id = $1', [w.ops.user.id]);
    const rows = await w.t.db.query(`SELECT kind, actor_id, to_value FROM ticket_events WHERE ticket_id = $1 ORDER BY id`, [ticket.id]);
    expect(rows).toEqual([
      { kind: 'FILED', actor_id: w.member.user.id, to_value: `#${ticket.number}` },
      { kind: 'PRIORITY', actor_id: null, to_value: 'LOW' },
    ]);
  });
});
