import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { liveClient, settle, subscribe } from './live-client';
import { errorCode, fileTicket, NOTE, ok, REPLY, setupParties, TICKET, update, type Party, type Ticket } from './ticket-fixtures';

const SECRET = 'zanzibarquux';
const NOTE_BODY = `Customer is on the legacy ${SECRET} cluster, do not mention the migration`;

describe('internal notes never reach a client', () => {
  let t: TestApp;
  let member: Party;
  let ops: Party;
  let clientId: string;
  let ticket: Ticket;
  let other: Ticket;
  const live: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    ({ member, ops, client: { id: clientId } } = await setupParties(t));
    ticket = await fileTicket(t, member.token, clientId, 'Website slow', 'Pages take 10 s to load');
    t.clock.advance(60_000);
    other = await fileTicket(t, member.token, clientId, 'Second ticket', 'Newer one');
  });
  afterAll(async () => {
    for (const c of live) await c.dispose();
    await t?.close();
  });

  it('delivers no subscription event to the client for a note, and no note in later payloads', async () => {
    const clientWs = liveClient(t.url, member.token);
    const staffWs = liveClient(t.url, ops.token);
    live.push(clientWs, staffWs);
    const query = `subscription ($n: Int!) { ticketUpdated(number: $n) { number version lastActivityAt updatedAt messageCount messages { kind body } events { kind } } }`;
    const clientSub = subscribe(clientWs, query, { n: ticket.number });
    const staffSub = subscribe(staffWs, query, { n: ticket.number });
    await settle();

    t.clock.advance(60_000);
    ok(await t.gql(NOTE, { input: { ticketId: ticket.id, body: NOTE_BODY } }, { token: ops.token }), 'addInternalNote');
    const [staffEvent] = await staffSub.waitFor(1);
    expect(staffEvent.ticketUpdated.messages.map((m: { kind: string }) => m.kind)).toEqual(['PUBLIC', 'INTERNAL']);
    await settle();
    expect(clientSub.events).toEqual([]);

    // a public reply does reach the client, without the note in it
    t.clock.advance(60_000);
    ok(await t.gql(REPLY, { input: { ticketId: ticket.id, body: 'We are looking into it' } }, { token: ops.token }), 'replyToTicket');
    const [clientEvent] = await clientSub.waitFor(1);
    expect(JSON.stringify(clientEvent)).not.toContain(SECRET);
    expect(clientEvent.ticketUpdated.messages.map((m: { kind: string }) => m.kind)).toEqual(['PUBLIC', 'PUBLIC']);
    expect(clientEvent.ticketUpdated.messageCount).toBe(2);
    await clientSub.close();
    await staffSub.close();
  });

  it('shows the staff the note, and the client neither the note nor its count', async () => {
    const staffView = ok<Ticket>(await t.gql(TICKET, { number: ticket.number }, { token: ops.token }), 'ticket');
    expect(staffView.messages.some((m: { kind: string; body: string }) => m.kind === 'INTERNAL' && m.body === NOTE_BODY)).toBe(true);
    expect(staffView.messageCount).toBe(3);

    const clientView = ok<Ticket>(await t.gql(TICKET, { number: ticket.number }, { token: member.token }), 'ticket');
    expect(JSON.stringify(clientView)).not.toContain(SECRET);
    expect(clientView.messageCount).toBe(2);
    expect(clientView.messages.every((m: { kind: string }) => m.kind === 'PUBLIC')).toBe(true);
  });

  it('leaves no trace of a note in what the client sees: version, activity times, order of their tickets', async () => {
    const beforeNote = ok<Ticket>(await t.gql(TICKET, { number: other.number }, { token: member.token }), 'ticket');
    const myBefore = ok<any>(await t.gql(`{ myTickets { totalCount edges { node { number } } } }`, {}, { token: member.token }), 'myTickets');
    t.clock.advance(3_600_000);
    ok(await t.gql(NOTE, { input: { ticketId: other.id, body: `another ${SECRET} note` } }, { token: ops.token }), 'addInternalNote');
    const afterNote = ok<Ticket>(await t.gql(TICKET, { number: other.number }, { token: member.token }), 'ticket');
    expect(afterNote).toEqual(beforeNote);
    const myAfter = ok<any>(await t.gql(`{ myTickets { totalCount edges { node { number } } } }`, {}, { token: member.token }), 'myTickets');
    expect(myAfter).toEqual(myBefore);

    // while the staff do see the activity
    const staffView = ok<Ticket>(await t.gql(TICKET, { number: other.number }, { token: ops.token }), 'ticket');
    expect(new Date(staffView.lastActivityAt).getTime()).toBe(t.clock.now().getTime());
  });

  it('keeps notes out of nested fields of every list a client can read', async () => {
    const res = await t.gql(
      `{ myTickets { edges { node { number messageCount messages { kind body } events { kind from to } links { ticket { number } } } } } }`,
      {},
      { token: member.token },
    );
    const text = JSON.stringify(ok(res, 'myTickets'));
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('INTERNAL');
  });

  it('never matches a note in a client search, while staff find it', async () => {
    const search = `query ($q: String!) { searchTickets(query: $q) { totalCount edges { node { snippet matchedIn ticket { number messages { body } } } } } }`;
    const clientHits = ok<any>(await t.gql(search, { q: SECRET }, { token: member.token }), 'searchTickets');
    expect(clientHits.totalCount).toBe(0);
    expect(clientHits.edges).toEqual([]);
    const staffHits = ok<any>(await t.gql(search, { q: SECRET }, { token: ops.token }), 'searchTickets');
    expect(staffHits.totalCount).toBe(2);
    expect(staffHits.edges[0].node.matchedIn).toBe('INTERNAL');
    expect(staffHits.edges[0].node.snippet).toContain(`<mark>${SECRET}</mark>`);

    // a word in both the subject and a note: the client hit's snippet comes from the public text only
    const both = ok<any>(await t.gql(search, { q: 'slow' }, { token: member.token }), 'searchTickets');
    expect(both.edges.map((e: any) => e.node.matchedIn)).toEqual(['SUBJECT']);
  });

  it('hides triage changes (group, assignee, labels) from the client event log, and shows status and priority', async () => {
    const current = ok<Ticket>(await t.gql(TICKET, { number: ticket.number }, { token: ops.token }), 'ticket');
    await update(t, ops.token, current, { priority: 'HIGH', workingGroup: 'infra-ops', assigneeId: ops.user.id, labels: ['vip-angry'] });
    const clientView = ok<Ticket>(await t.gql(TICKET, { number: ticket.number }, { token: member.token }), 'ticket');
    expect(clientView.events.map((e: { kind: string }) => e.kind)).toEqual(['FILED', 'STATUS', 'PRIORITY']);
    expect(clientView).toMatchObject({ labels: [], assignee: null, workingGroup: null, priority: 'HIGH' });
    expect(JSON.stringify(clientView)).not.toContain('vip-angry');
    const staffView = ok<Ticket>(await t.gql(TICKET, { number: ticket.number }, { token: ops.token }), 'ticket');
    expect(staffView.events.map((e: { kind: string }) => e.kind)).toEqual(['FILED', 'STATUS', 'PRIORITY', 'WORKING_GROUP', 'ASSIGNEE', 'LABELS']);
    expect(staffView.events.find((e: { kind: string }) => e.kind === 'ASSIGNEE').to).toBe(ops.user.name);
  });

  it('refuses notes from clients without saying anything about the ticket', async () => {
    const res = await t.gql(NOTE, { input: { ticketId: ticket.id, body: 'let me in' } }, { token: member.token });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).not.toContain(SECRET);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM ticket_messages WHERE body = 'let me in'`))[0].n).toBe(0);
  });

  it('asks for confirmation before publishing a staff reply that looks internal', async () => {
    const colleague = await createUser(t, { name: 'Pat Ops', email: 'pat@coop.test', staffRole: 'OPS' });
    await loginAs(t, colleague);
    const looksInternal = await t.gql(REPLY, { input: { ticketId: ticket.id, body: '@pat can you check the DNS?' } }, { token: ops.token });
    expect(errorCode(looksInternal)).toBe('BAD_USER_INPUT');
    expect(looksInternal.errors![0].extensions!.field).toBe('confirmPublic');
    const sayingInternal = await t.gql(REPLY, { input: { ticketId: ticket.id, body: 'Internal: we broke it' } }, { token: ops.token });
    expect(errorCode(sayingInternal)).toBe('BAD_USER_INPUT');
    const clientView = ok<Ticket>(await t.gql(TICKET, { number: ticket.number }, { token: member.token }), 'ticket');
    expect(clientView.messages.map((m: { body: string }) => m.body)).not.toContain('@pat can you check the DNS?');

    ok(await t.gql(REPLY, { input: { ticketId: ticket.id, body: '@pat can you check the DNS?', confirmPublic: true } }, { token: ops.token }), 'replyToTicket');
    // a client's own words are never held back
    ok(await t.gql(REPLY, { input: { ticketId: ticket.id, body: 'thanks @pat, is this internal?' } }, { token: member.token }), 'replyToTicket');
  });
});
