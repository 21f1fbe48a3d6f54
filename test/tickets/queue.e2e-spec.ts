import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, loginAs } from '../support/factories';
import { TicketEscalationJob } from '../../apps/api/src/modules/tickets/ticket-escalation.job';
import { COUNT_MAX_AGE_MS, TicketCountCache } from '../../apps/api/src/modules/tickets/ticket-count-cache';
import { TICKET_CHANNEL } from '../../apps/api/src/modules/tickets/ticket-live.service';
import { liveClient, settle, subscribe } from './live-client';
import { errorCode, fileTicket, ok, TICKET, update, useTicketWorld, type Ticket } from './ticket-fixtures';

const H = 3_600_000;
const QUEUE = `query ($view: TicketQueueView!, $filter: TicketQueueFilterInput, $orderBy: TicketOrder, $first: Int, $after: String) {
  ticketQueue(view: $view, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id number subject priority status labels assignee { id } } } } }`;
const CLAIM = `mutation ($input: ClaimNextTicketInput) { claimNextTicket(input: $input) { id number status assignee { id } } }`;
const BULK = `mutation ($input: BulkUpdateTicketsInput!) { bulkUpdateTickets(input: $input) {
  allOk results { ticketId ok errorCode errorMessage ticket { number status priority labels version } } } }`;

describe('the ops queue', () => {
  const w = useTicketWorld();

  const queue = async (view: string, vars: Record<string, unknown> = {}) =>
    ok<any>(await w.t.gql(QUEUE, { view, ...vars }, { token: w.ops.token }), 'ticketQueue');
  const numbers = (conn: any) => conn.edges.map((e: any) => e.node.number);

  describe('views, filters, orderings and counts', () => {
    const tickets: Record<string, Ticket> = {};

    beforeAll(async () => {
      await w.t.db.query('TRUNCATE tickets CASCADE');
      tickets.untriaged = await fileTicket(w.t, w.member.token, w.clientId, 'Untriaged one', 'x');
      w.t.clock.advance(H);
      tickets.high = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'Server down', 'x'), {
        priority: 'HIGH', workingGroup: 'infra-ops', status: 'OPEN',
      });
      w.t.clock.advance(H);
      tickets.mineLow = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'Invoice address', 'x'), {
        priority: 'LOW', workingGroup: 'finance', assigneeId: w.ops.user.id, labels: ['billing'],
      });
      w.t.clock.advance(H);
      tickets.medium = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'Mailbox quota', 'quota reached'), {
        priority: 'MEDIUM', workingGroup: 'infra-ops', labels: ['mail'],
      });
      const done = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'Old question', 'x'), {
        priority: 'LOW', workingGroup: 'governance', status: 'OPEN',
      });
      tickets.done = await update(w.t, w.ops.token, done, { status: 'RESOLVED' });
    });

    it('sorts each ticket into the views it belongs to', async () => {
      expect(numbers(await queue('TRIAGE'))).toEqual([tickets.untriaged.number]);
      expect(numbers(await queue('HIGH_PRIORITY'))).toEqual([tickets.high.number]);
      expect(numbers(await queue('MINE'))).toEqual([tickets.mineLow.number]);
      expect(numbers(await queue('DONE'))).toEqual([tickets.done.number]);
      expect((await queue('OPEN')).totalCount).toBe(4);
      expect((await queue('UNASSIGNED')).totalCount).toBe(3);
      // the HIGH ticket was filed 3 h ago: first response (1 h) breached
      expect(numbers(await queue('ESCALATED'))).toEqual([tickets.high.number]);
    });

    it('counts every view in one go, under the same filter', async () => {
      const counts = ok<any>(await w.t.gql(`{ ticketQueueCounts { triage highPriority mine unassigned escalated open done } }`, {}, { token: w.ops.token }), 'ticketQueueCounts');
      expect(counts).toEqual({ triage: 1, highPriority: 1, mine: 1, unassigned: 3, escalated: 1, open: 4, done: 1 });
      const infra = ok<any>(await w.t.gql(`{ ticketQueueCounts(filter: { workingGroup: "infra-ops" }) { open highPriority triage } }`, {}, { token: w.ops.token }), 'ticketQueueCounts');
      expect(infra).toEqual({ open: 2, highPriority: 1, triage: 0 });
    });

    it('filters by group, priority, label, assignee, client, status and text', async () => {
      expect(numbers(await queue('OPEN', { filter: { workingGroup: 'infra-ops' }, orderBy: 'AGE' }))).toEqual([tickets.high.number, tickets.medium.number]);
      expect(numbers(await queue('OPEN', { filter: { priority: ['LOW', 'MEDIUM'] }, orderBy: 'AGE' }))).toEqual([tickets.mineLow.number, tickets.medium.number]);
      expect(numbers(await queue('OPEN', { filter: { label: 'MAIL' } }))).toEqual([tickets.medium.number]);
      expect(numbers(await queue('OPEN', { filter: { assigneeId: w.ops.user.id } }))).toEqual([tickets.mineLow.number]);
      expect((await queue('OPEN', { filter: { clientId: w.clientId } })).totalCount).toBe(4);
      expect(numbers(await queue('OPEN', { filter: { status: ['NEW'] }, orderBy: 'AGE' }))).toEqual([tickets.untriaged.number, tickets.mineLow.number, tickets.medium.number]);
      expect(numbers(await queue('OPEN', { filter: { text: 'quota' } }))).toEqual([tickets.medium.number]);
    });

    it('orders by SLA due, priority, age and last activity', async () => {
      // SLA due: HIGH due at +1h, LOW (filed +2h) at +1d+2h, MEDIUM (filed +3h) at +7h; untriaged last
      expect(numbers(await queue('OPEN', { orderBy: 'SLA_DUE' }))).toEqual([tickets.high.number, tickets.medium.number, tickets.mineLow.number, tickets.untriaged.number]);
      expect(numbers(await queue('OPEN', { orderBy: 'PRIORITY' }))).toEqual([tickets.high.number, tickets.medium.number, tickets.mineLow.number, tickets.untriaged.number]);
      expect(numbers(await queue('OPEN', { orderBy: 'AGE' }))).toEqual([tickets.untriaged.number, tickets.high.number, tickets.mineLow.number, tickets.medium.number]);
      w.t.clock.advance(60_000);
      await w.t.gql(`mutation ($i: AddInternalNoteInput!) { addInternalNote(input: $i) { id } }`, { i: { ticketId: tickets.untriaged.id, body: 'seen' } }, { token: w.ops.token });
      expect(numbers(await queue('OPEN', { orderBy: 'LAST_ACTIVITY' }))[0]).toBe(tickets.untriaged.number);
    });

    it('pages through a view with cursors, without skipping or repeating', async () => {
      for (const orderBy of ['SLA_DUE', 'PRIORITY', 'AGE', 'LAST_ACTIVITY']) {
        const all = numbers(await queue('OPEN', { orderBy }));
        const seen: number[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          const conn: any = await queue('OPEN', { orderBy, first: 1, after });
          seen.push(...numbers(conn));
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor;
        }
        expect(seen).toEqual(all);
      }
      expect(errorCode(await w.t.gql(QUEUE, { view: 'OPEN', after: 'garbage' }, { token: w.ops.token }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('remembered counts', () => {
    const COUNTS = `{ ticketQueueCounts { triage open } }`;
    const counts = async () => ok<any>(await w.t.gql(COUNTS, {}, { token: w.ops.token }), 'ticketQueueCounts');
    const cache = () => w.t.app.get(TicketCountCache);

    it('counts a change the moment the write that made it returns', async () => {
      const before = await counts();
      expect(await counts()).toEqual(before); // served again, without a change in between
      const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'Counted at once', 'x');
      expect(await counts()).toEqual({ triage: before.triage + 1, open: before.open + 1 });
      expect((await queue('TRIAGE')).totalCount).toBe(before.triage + 1);
      await update(w.t, w.ops.token, ticket, { priority: 'LOW', workingGroup: 'finance' });
      expect(await counts()).toEqual({ triage: before.triage, open: before.open + 1 });
      expect((await queue('TRIAGE')).totalCount).toBe(before.triage);
    });

    it("hears another API process's change over LISTEN/NOTIFY", async () => {
      cache().maxAgeMs = 60_000; // so only the notification can make the new count show
      try {
        const before = await counts();
        // what another process's write looks like from here: a ticket row changed and a signal sent in its transaction
        await w.t.db.transaction(async (m) => {
          await m.query(`UPDATE tickets SET working_group_id = NULL WHERE id = (SELECT id FROM tickets WHERE status IN ('NEW', 'OPEN') AND working_group_id IS NOT NULL AND priority IS NOT NULL LIMIT 1)`);
          await m.query(`SELECT pg_notify('${TICKET_CHANNEL}', $1)`, [JSON.stringify({ ticketId: 'x', number: 0, clientId: 'x', visibility: 'INTERNAL', viewsBefore: [], viewsAfter: [] })]);
        });
        await expect.poll(counts, { timeout: 5000 }).toEqual({ triage: before.triage + 1, open: before.open });
      } finally {
        cache().maxAgeMs = COUNT_MAX_AGE_MS;
      }
    });
  });

  describe('claiming', () => {
    it('gives 32 ops claiming at once 32 different tickets, most urgent first', async () => {
      await w.t.db.query('TRUNCATE tickets CASCADE');
      const filed: Ticket[] = [];
      for (let i = 0; i < 40; i++) filed.push(await fileTicket(w.t, w.member.token, w.clientId, `claim ${i}`, 'x'));
      const urgent = await update(w.t, w.ops.token, filed[39], { priority: 'HIGH', workingGroup: 'infra-ops' });
      const staff = await Promise.all(Array.from({ length: 32 }, (_, i) => createUser(w.t, { name: `Op ${i}`, staffRole: 'OPS' })));
      const tokens = await Promise.all(staff.map((s) => loginAs(w.t, s)));
      const claims = await Promise.all(tokens.map((token) => w.t.gql(CLAIM, {}, { token })));
      const claimed = claims.map((r) => ok<any>(r, 'claimNextTicket'));
      expect(claimed.every((c) => c !== null)).toBe(true);
      expect(new Set(claimed.map((c) => c.id)).size).toBe(32);
      claimed.forEach((c, i) => expect(c.assignee.id).toBe(staff[i].id));
      expect(claimed.map((c) => c.id)).toContain(urgent.id);
      const rows = await w.t.db.query('SELECT assignee_id, count(*)::int AS n FROM tickets WHERE assignee_id IS NOT NULL GROUP BY assignee_id');
      expect(rows).toHaveLength(32);
      expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
    });

    it('claims within a working group only, opens the ticket, and answers null when none is left', async () => {
      await w.t.db.query('TRUNCATE tickets CASCADE');
      const finance = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'bill', 'x'), { workingGroup: 'finance', priority: 'LOW' });
      await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'dns', 'x'), { workingGroup: 'infra-ops', priority: 'HIGH' });
      const got = ok<any>(await w.t.gql(CLAIM, { input: { workingGroup: 'finance' } }, { token: w.ops.token }), 'claimNextTicket');
      expect(got).toMatchObject({ id: finance.id, status: 'OPEN', assignee: { id: w.ops.user.id } });
      expect(ok(await w.t.gql(CLAIM, { input: { workingGroup: 'finance' } }, { token: w.ops.token }), 'claimNextTicket')).toBeNull();
      expect(errorCode(await w.t.gql(CLAIM, { input: { workingGroup: 'nope' } }, { token: w.ops.token }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('bulk updates', () => {
    it('applies to the good ids and reports each bad one with its reason, in the order given', async () => {
      await w.t.db.query('TRUNCATE tickets CASCADE');
      const a = await fileTicket(w.t, w.member.token, w.clientId, 'a', 'x');
      const b = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'b', 'x'), { labels: ['keep'] });
      const closed = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'c', 'x'), { status: 'CLOSED' });
      const stale = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'd', 'x'), { priority: 'LOW' });
      const missing = '00000000-0000-4000-8000-000000000000';
      const res = ok<any>(
        await w.t.gql(BULK, {
          input: {
            ticketIds: [a.id, missing, b.id, closed.id, stale.id, 'not-a-uuid'],
            versions: [a.version, 1, b.version, closed.version, 1, 1],
            status: 'OPEN', priority: 'MEDIUM', addLabels: ['bulk'],
          },
        }, { token: w.ops.token }),
        'bulkUpdateTickets',
      );
      expect(res.allOk).toBe(false);
      expect(res.results.map((r: any) => [r.ticketId, r.ok, r.errorCode])).toEqual([
        [a.id, true, null],
        [missing, false, 'NOT_FOUND'],
        [b.id, true, null],
        [closed.id, false, 'BAD_USER_INPUT'],
        [stale.id, false, 'CONFLICT'],
        ['not-a-uuid', false, 'NOT_FOUND'],
      ]);
      expect(res.results[3].errorMessage).toMatch(/CLOSED.*OPEN/);
      expect(res.results[2].ticket).toMatchObject({ status: 'OPEN', priority: 'MEDIUM', labels: ['bulk', 'keep'] });
      const closedNow = ok<Ticket>(await w.t.gql(TICKET, { number: closed.number }, { token: w.ops.token }), 'ticket');
      expect(closedNow).toMatchObject({ status: 'CLOSED', priority: null, version: closed.version });
      const staleNow = ok<Ticket>(await w.t.gql(TICKET, { number: stale.number }, { token: w.ops.token }), 'ticket');
      expect(staleNow).toMatchObject({ priority: 'LOW', labels: [] });
    });
  });

  describe('triage rota', () => {
    it('says who is on triage duty this week, and shows them untriaged tickets first in MINE', async () => {
      await w.t.db.query('TRUNCATE tickets CASCADE');
      const duty = ok<any>(await w.t.gql(`{ triageDuty { weekStart user { id } } }`, {}, { token: w.ops.token }), 'triageDuty');
      expect(duty).toBeNull();
      const now = w.t.clock.now();
      const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7)));
      const weekStart = monday.toISOString().slice(0, 10);
      const set = `mutation ($i: SetTriageRotaInput!) { setTriageRota(input: $i) { weekStart user { id } } }`;
      ok(await w.t.gql(set, { i: { weekStart, userId: w.ops.user.id } }, { token: w.ops.token }), 'setTriageRota');
      expect(errorCode(await w.t.gql(set, { i: { weekStart: '2026-03-03', userId: w.ops.user.id } }, { token: w.ops.token }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await w.t.gql(set, { i: { weekStart, userId: w.member.user.id } }, { token: w.ops.token }))).toBe('BAD_USER_INPUT');
      expect(ok<any>(await w.t.gql(`{ triageDuty { weekStart user { id } } }`, {}, { token: w.ops.token }), 'triageDuty')).toEqual({ weekStart, user: { id: w.ops.user.id } });

      const mine = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'mine', 'x'), { assigneeId: w.ops.user.id, priority: 'HIGH', workingGroup: 'infra-ops' });
      const untriaged = await fileTicket(w.t, w.member.token, w.clientId, 'needs triage', 'x');
      expect(numbers(await queue('MINE'))).toEqual([untriaged.number, mine.number]);

      w.t.clock.advance(7 * 24 * H);
      expect(ok(await w.t.gql(`{ triageDuty { weekStart } }`, {}, { token: w.ops.token }), 'triageDuty')).toBeNull();
      expect(numbers(await queue('MINE'))).toEqual([mine.number]);
    });
  });

  describe('live queue updates', () => {
    it('tells subscribers of a view when a ticket enters, changes in or leaves it', async () => {
      const ws = liveClient(w.t.url, w.ops.token);
      w.live.push(ws);
      const sub = subscribe(ws, `subscription { ticketQueueChanged(view: TRIAGE) { view kind ticket { number } } }`, {});
      const high = subscribe(ws, `subscription { ticketQueueChanged(view: HIGH_PRIORITY) { kind ticket { number } } }`, {});
      await settle();
      const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'w.live', 'x');
      await sub.waitFor(1);
      await update(w.t, w.ops.token, ticket, { priority: 'LOW', workingGroup: 'finance' });
      const events = await sub.waitFor(2);
      expect(events.map((e) => [e.ticketQueueChanged.kind, e.ticketQueueChanged.ticket.number])).toEqual([
        ['ADDED', ticket.number],
        ['REMOVED', ticket.number],
      ]);
      await settle();
      expect(high.events).toEqual([]);
    });

    it('tells ESCALATED subscribers when a ticket comes within the hour of its deadline by time alone, once', async () => {
      const ws = liveClient(w.t.url, w.ops.token);
      w.live.push(ws);
      const escalated = subscribe(ws, `subscription { ticketQueueChanged(view: ESCALATED) { kind ticket { number } } }`, {});
      await settle();
      // MEDIUM: first response due in 4 h, so escalated from 3 h on
      const ticket = await update(w.t, w.ops.token, await fileTicket(w.t, w.member.token, w.clientId, 'Slowly due', 'x'), { priority: 'MEDIUM', workingGroup: 'finance' });
      const job = w.t.app.get(TicketEscalationJob);
      const [{ sla_due_at: due }] = await w.t.db.query('SELECT sla_due_at FROM tickets WHERE id = $1', [ticket.id]);
      // a run covers the tickets that came within the hour in the whole minute before the one it runs in
      const runMinute = Math.ceil((due.getTime() - H) / 60_000) * 60_000;
      w.t.clock.set(new Date(runMinute - 60_000 + 1000));
      expect(await job.run()).not.toContain(ticket.number);
      w.t.clock.set(new Date(runMinute + 1000));
      expect(await job.run()).toContain(ticket.number);
      expect(await job.run()).not.toContain(ticket.number); // the same minute again: not again
      const events = await escalated.waitFor(1);
      expect(events.map((e) => [e.ticketQueueChanged.kind, e.ticketQueueChanged.ticket.number])).toEqual([['ADDED', ticket.number]]);
      expect(numbers(await queue('ESCALATED'))).toContain(ticket.number);
    });

    it('refuses the queue subscription to clients', async () => {
      const clientWs = liveClient(w.t.url, w.member.token);
      w.live.push(clientWs);
      const refused = subscribe(clientWs, `subscription { ticketQueueChanged(view: OPEN) { kind } }`, {});
      await expect(refused.waitFor(1, 2000)).rejects.toThrow(/OPS role/);
      expect(refused.events).toEqual([]);
      expect(refused.errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    });
  });
});
