import { describe, expect, it } from 'vitest';
import { INCIDENT_REPORTER, type IncidentReporter } from '../../apps/api/src/modules/incidents/incident-reporter';
import { createUser, loginAs } from '../support/factories';
import { startTestApp } from '../support/test-app';
import { liveClient, settle, subscribe } from './live-client';
import { errorCode, fileTicket, NOTE, ok, REPLY, setupParties, TICKET, useTicketWorld, type Ticket } from './ticket-fixtures';

const MERGE = `mutation ($i: MergeTicketsInput!) { mergeTickets(input: $i) { id number version status } }`;
const WATCH = `mutation ($i: WatchTicketInput!) { watchTicket(input: $i) { number watchers { id } } }`;

describe('merging, links and system tickets', () => {
  const w = useTicketWorld();

  it('closes the source as merged, moves its messages and watchers, and lets both numbers find the target', async () => {
    const source = await fileTicket(w.t, w.member.token, w.clientId, 'Mail bounces', 'bounce 1');
    const target = await fileTicket(w.t, w.member.token, w.clientId, 'Mail problems', 'problem 1');
    const watcher = await createUser(w.t, { name: 'Wendy Watcher', staffRole: 'OPS' });
    ok(await w.t.gql(WATCH, { i: { ticketId: source.id } }, { token: await loginAs(w.t, watcher) }), 'watchTicket');
    ok(await w.t.gql(NOTE, { input: { ticketId: source.id, body: 'note on source' } }, { token: w.ops.token }), 'addInternalNote');
    const related = await fileTicket(w.t, w.member.token, w.clientId, 'Related', 'r');
    ok(await w.t.gql(`mutation ($i: LinkTicketsInput!) { linkTickets(input: $i) { number } }`, { i: { fromTicketId: related.id, toTicketId: source.id, kind: 'RELATES_TO' } }, { token: w.ops.token }), 'linkTickets');

    const stale = await w.t.gql(MERGE, { i: { sourceId: source.id, sourceVersion: 99, targetId: target.id, targetVersion: target.version } }, { token: w.ops.token });
    expect(errorCode(stale)).toBe('CONFLICT');
    const merged = ok<Ticket>(await w.t.gql(MERGE, { i: { sourceId: source.id, sourceVersion: source.version, targetId: target.id, targetVersion: target.version } }, { token: w.ops.token }), 'mergeTickets');
    expect(merged).toMatchObject({ id: target.id, version: target.version + 1 });

    const bySource = ok<Ticket>(await w.t.gql(TICKET, { number: source.number }, { token: w.member.token }), 'ticket');
    expect(bySource.id).toBe(target.id);
    expect(bySource.messages.map((m: { body: string }) => m.body).sort()).toEqual(['bounce 1', 'problem 1']);
    expect(bySource.events.at(-1)).toMatchObject({ kind: 'MERGED_FROM', to: `#${source.number}` });
    const staffTarget = ok<any>(await w.t.gql(`query ($n: Int!) { ticket(number: $n) { messages { body } watchers { id } } }`, { n: target.number }, { token: w.ops.token }), 'ticket');
    expect(staffTarget.messages.map((m: { body: string }) => m.body)).toContain('note on source');
    expect(staffTarget.watchers.map((w: { id: string }) => w.id)).toEqual(expect.arrayContaining([w.member.user.id, watcher.id]));

    const row = (await w.t.db.query('SELECT status, merged_into_id FROM tickets WHERE id = $1', [source.id]))[0];
    expect(row).toEqual({ status: 'CLOSED', merged_into_id: target.id });
    // the link still points at the source, whose number finds the target
    const relatedView = ok<Ticket>(await w.t.gql(TICKET, { number: related.number }, { token: w.member.token }), 'ticket');
    expect(relatedView.links).toEqual([{ kind: 'RELATES_TO', direction: 'OUTGOING', ticket: { number: source.number } }]);
    // a reply to the merged source lands on the target
    const replied = ok<Ticket>(await w.t.gql(REPLY, { input: { ticketId: source.id, body: 'more bounces' } }, { token: w.member.token }), 'replyToTicket');
    expect(replied.id).toBe(target.id);
  });

  it('refuses to merge tickets of different clients, or into a closed ticket', async () => {
    const { client: other } = await setupParties(w.t);
    const a = await fileTicket(w.t, w.member.token, w.clientId, 'a', 'a');
    const b = ok<Ticket>(await w.t.gql(`mutation ($input: FileTicketInput!) { fileTicket(input: $input) { id version } }`, { input: { clientId: other.id, subject: 'b', body: 'b' } }, { token: w.ops.token }), 'fileTicket');
    const res = await w.t.gql(MERGE, { i: { sourceId: a.id, sourceVersion: a.version, targetId: b.id, targetVersion: b.version } }, { token: w.ops.token });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(errorCode(await w.t.gql(MERGE, { i: { sourceId: a.id, sourceVersion: a.version, targetId: a.id, targetVersion: a.version } }, { token: w.ops.token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await w.t.gql(MERGE, { i: { sourceId: a.id, sourceVersion: a.version, targetId: b.id, targetVersion: b.version } }, { token: w.member.token }))).toBe('FORBIDDEN');
  });

  it('files incidents as HIGH infra-ops tickets linked to the service, through INCIDENT_REPORTER', async () => {
    const [pkg] = await w.t.db.query(`INSERT INTO packages (slug, name, spec) VALUES ('web-s', 'Web S', '{}') RETURNING id`);
    const [service] = await w.t.db.query(`INSERT INTO services (client_id, package_id, domain, spec) VALUES ($1, $2, 'example.org', '{}') RETURNING id`, [w.clientId, pkg.id]);
    const reporter = w.t.app.get<IncidentReporter>(INCIDENT_REPORTER);
    const { ticketNumber } = await reporter.reportFailure({ clientId: w.clientId, serviceId: service.id, subject: 'Droplet creation failed', body: 'run log: 422 size' });
    expect(ticketNumber).toEqual(expect.any(Number));
    const ticket = ok<Ticket>(await w.t.gql(TICKET, { number: ticketNumber }, { token: w.ops.token }), 'ticket');
    expect(ticket).toMatchObject({ priority: 'HIGH', workingGroup: { slug: 'infra-ops' }, serviceId: service.id, status: 'NEW', requester: null });
    expect(ticket.sla.firstResponse.state).toBe('DUE');
    expect(ticket.messages).toMatchObject([{ kind: 'PUBLIC', body: 'run log: 422 size', author: null }]);
    expect(await reporter.reportFailure({ clientId: '00000000-0000-4000-8000-000000000000', serviceId: service.id, subject: 's', body: 'b' })).toEqual({ ticketNumber: null });
  });

  it('fans live updates out to subscribers on another API process through LISTEN/NOTIFY', async () => {
    const second = await startTestApp({ databaseUrl: w.t.config.databaseUrl });
    const ws = liveClient(second.url, w.member.token);
    try {
      const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'cross-process', 'x');
      const sub = subscribe(ws, `subscription ($n: Int!) { ticketUpdated(number: $n) { number status messageCount } }`, { n: ticket.number });
      await settle();
      ok(await w.t.gql(REPLY, { input: { ticketId: ticket.id, body: 'from process one' } }, { token: w.ops.token }), 'replyToTicket');
      const [event] = await sub.waitFor(1);
      expect(event.ticketUpdated).toEqual({ number: ticket.number, status: 'OPEN', messageCount: 2 });
      await sub.close();
    } finally {
      await ws.dispose();
      await second.close();
    }
  });

  it('reconnects its LISTEN connection when the database drops it, and keeps delivering', async () => {
    const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'after reconnect', 'x');
    const killed = await w.t.db.query(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN ticket_changes'`,
    );
    expect(killed.length).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 1500));
    const ws = liveClient(w.t.url, w.member.token);
    w.live.push(ws);
    const sub = subscribe(ws, `subscription ($n: Int!) { ticketUpdated(number: $n) { number messageCount } }`, { n: ticket.number });
    await settle();
    ok(await w.t.gql(REPLY, { input: { ticketId: ticket.id, body: 'still here' } }, { token: w.ops.token }), 'replyToTicket');
    const [event] = await sub.waitFor(1);
    expect(event.ticketUpdated).toEqual({ number: ticket.number, messageCount: 2 });
  });
});
