import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { INCIDENT_REPORTER, type IncidentReporter } from '../../apps/api/src/modules/incidents/incident-reporter';
import { createUser, loginAs } from '../support/factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { liveClient, settle, subscribe } from './live-client';
import { errorCode, fileTicket, NOTE, ok, REPLY, setupParties, TICKET, type Party, type Ticket } from './ticket-fixtures';

const MERGE = `mutation ($i: MergeTicketsInput!) { mergeTickets(input: $i) { id number version status } }`;
const WATCH = `mutation ($i: WatchTicketInput!) { watchTicket(input: $i) { number watchers { id } } }`;

describe('merging, links and system tickets', () => {
  let t: TestApp;
  let member: Party;
  let ops: Party;
  let clientId: string;
  const live: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    ({ member, ops, client: { id: clientId } } = await setupParties(t));
  });
  afterAll(async () => {
    for (const c of live) await c.dispose();
    await t?.close();
  });

  it('closes the source as merged, moves its messages and watchers, and lets both numbers find the target', async () => {
    const source = await fileTicket(t, member.token, clientId, 'Mail bounces', 'bounce 1');
    const target = await fileTicket(t, member.token, clientId, 'Mail problems', 'problem 1');
    const watcher = await createUser(t, { name: 'Wendy Watcher', staffRole: 'OPS' });
    ok(await t.gql(WATCH, { i: { ticketId: source.id } }, { token: await loginAs(t, watcher) }), 'watchTicket');
    ok(await t.gql(NOTE, { input: { ticketId: source.id, body: 'note on source' } }, { token: ops.token }), 'addInternalNote');
    const related = await fileTicket(t, member.token, clientId, 'Related', 'r');
    ok(await t.gql(`mutation ($i: LinkTicketsInput!) { linkTickets(input: $i) { number } }`, { i: { fromTicketId: related.id, toTicketId: source.id, kind: 'RELATES_TO' } }, { token: ops.token }), 'linkTickets');

    const stale = await t.gql(MERGE, { i: { sourceId: source.id, sourceVersion: 99, targetId: target.id, targetVersion: target.version } }, { token: ops.token });
    expect(errorCode(stale)).toBe('CONFLICT');
    const merged = ok<Ticket>(await t.gql(MERGE, { i: { sourceId: source.id, sourceVersion: source.version, targetId: target.id, targetVersion: target.version } }, { token: ops.token }), 'mergeTickets');
    expect(merged).toMatchObject({ id: target.id, version: target.version + 1 });

    const bySource = ok<Ticket>(await t.gql(TICKET, { number: source.number }, { token: member.token }), 'ticket');
    expect(bySource.id).toBe(target.id);
    expect(bySource.messages.map((m: { body: string }) => m.body).sort()).toEqual(['bounce 1', 'problem 1']);
    expect(bySource.events.at(-1)).toMatchObject({ kind: 'MERGED_FROM', to: `#${source.number}` });
    const staffTarget = ok<any>(await t.gql(`query ($n: Int!) { ticket(number: $n) { messages { body } watchers { id } } }`, { n: target.number }, { token: ops.token }), 'ticket');
    expect(staffTarget.messages.map((m: { body: string }) => m.body)).toContain('note on source');
    expect(staffTarget.watchers.map((w: { id: string }) => w.id)).toEqual(expect.arrayContaining([member.user.id, watcher.id]));

    const row = (await t.db.query('SELECT status, merged_into_id FROM tickets WHERE id = $1', [source.id]))[0];
    expect(row).toEqual({ status: 'CLOSED', merged_into_id: target.id });
    // the link still points at the source, whose number finds the target
    const relatedView = ok<Ticket>(await t.gql(TICKET, { number: related.number }, { token: member.token }), 'ticket');
    expect(relatedView.links).toEqual([{ kind: 'RELATES_TO', direction: 'OUTGOING', ticket: { number: source.number } }]);
    // a reply to the merged source lands on the target
    const replied = ok<Ticket>(await t.gql(REPLY, { input: { ticketId: source.id, body: 'more bounces' } }, { token: member.token }), 'replyToTicket');
    expect(replied.id).toBe(target.id);
  });

  it('refuses to merge tickets of different clients, or into a closed ticket', async () => {
    const { client: other } = await setupParties(t);
    const a = await fileTicket(t, member.token, clientId, 'a', 'a');
    const b = ok<Ticket>(await t.gql(`mutation ($input: FileTicketInput!) { fileTicket(input: $input) { id version } }`, { input: { clientId: other.id, subject: 'b', body: 'b' } }, { token: ops.token }), 'fileTicket');
    const res = await t.gql(MERGE, { i: { sourceId: a.id, sourceVersion: a.version, targetId: b.id, targetVersion: b.version } }, { token: ops.token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(MERGE, { i: { sourceId: a.id, sourceVersion: a.version, targetId: a.id, targetVersion: a.version } }, { token: ops.token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(MERGE, { i: { sourceId: a.id, sourceVersion: a.version, targetId: b.id, targetVersion: b.version } }, { token: member.token }))).toBe('FORBIDDEN');
  });

  it('files incidents as HIGH infra-ops tickets linked to the service, through INCIDENT_REPORTER', async () => {
    const [pkg] = await t.db.query(`INSERT INTO packages (slug, name, spec) VALUES ('web-s', 'Web S', '{}') RETURNING id`);
    const [service] = await t.db.query(`INSERT INTO services (client_id, package_id, domain, spec) VALUES ($1, $2, 'example.org', '{}') RETURNING id`, [clientId, pkg.id]);
    const reporter = t.app.get<IncidentReporter>(INCIDENT_REPORTER);
    const { ticketNumber } = await reporter.reportFailure({ clientId, serviceId: service.id, subject: 'Droplet creation failed', body: 'run log: 422 size' });
    expect(ticketNumber).toEqual(expect.any(Number));
    const ticket = ok<Ticket>(await t.gql(TICKET, { number: ticketNumber }, { token: ops.token }), 'ticket');
    expect(ticket).toMatchObject({ priority: 'HIGH', workingGroup: { slug: 'infra-ops' }, serviceId: service.id, status: 'NEW', requester: null });
    expect(ticket.sla.firstResponse.state).toBe('DUE');
    expect(ticket.messages).toMatchObject([{ kind: 'PUBLIC', body: 'run log: 422 size', author: null }]);
    expect(await reporter.reportFailure({ clientId: '00000000-0000-4000-8000-000000000000', serviceId: service.id, subject: 's', body: 'b' })).toEqual({ ticketNumber: null });
  });

  it('fans live updates out to subscribers on another API process through LISTEN/NOTIFY', async () => {
    const second = await startTestApp({ databaseUrl: t.config.databaseUrl });
    const ws = liveClient(second.url, member.token);
    try {
      const ticket = await fileTicket(t, member.token, clientId, 'cross-process', 'x');
      const sub = subscribe(ws, `subscription ($n: Int!) { ticketUpdated(number: $n) { number status messageCount } }`, { n: ticket.number });
      await settle();
      ok(await t.gql(REPLY, { input: { ticketId: ticket.id, body: 'from process one' } }, { token: ops.token }), 'replyToTicket');
      const [event] = await sub.waitFor(1);
      expect(event.ticketUpdated).toEqual({ number: ticket.number, status: 'OPEN', messageCount: 2 });
      await sub.close();
    } finally {
      await ws.dispose();
      await second.close();
    }
  });

  it('reconnects its LISTEN connection when the database drops it, and keeps delivering', async () => {
    const ticket = await fileTicket(t, member.token, clientId, 'after reconnect', 'x');
    const killed = await t.db.query(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN ticket_changes'`,
    );
    expect(killed.length).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1500));
    const ws = liveClient(t.url, member.token);
    live.push(ws);
    const sub = subscribe(ws, `subscription ($n: Int!) { ticketUpdated(number: $n) { number messageCount } }`, { n: ticket.number });
    await settle();
    ok(await t.gql(REPLY, { input: { ticketId: ticket.id, body: 'still here' } }, { token: ops.token }), 'replyToTicket');
    const [event] = await sub.waitFor(1);
    expect(event.ticketUpdated).toEqual({ number: ticket.number, messageCount: 2 });
  });
});
