import { describe, expect, it } from 'vitest';
import { ANSWER_MAX_AGE_MS, TicketAnswerCache } from '../../apps/api/src/modules/tickets/ticket-answer-cache';
import { TicketCountCache } from '../../apps/api/src/modules/tickets/ticket-count-cache';
import { TICKET_CHANNEL } from '../../apps/api/src/modules/tickets/ticket-live.service';
import { createUser, loginAs } from '../support/factories';
import { fileTicket, ok, update, useTicketWorld } from './ticket-fixtures';

const QUEUE = `query ($view: TicketQueueView!) { ticketQueue(view: $view, first: 50) { totalCount edges { node { number subject } } } }`;
const SEARCH = `query ($q: String!) { searchTickets(query: $q, first: 10) { totalCount edges { node { ticket { number subject } } } } }`;

describe('remembered ticket answers', () => {
  const w = useTicketWorld();
  const subjectIn = (conn: any, number: number) => conn.edges.find((e: any) => e.node.number === number)?.node.subject;
  const queue = async (token = w.ops.token, headers?: Record<string, string>) =>
    ok<any>(await w.t.gql(QUEUE, { view: 'OPEN' }, { token, headers }), 'ticketQueue');
  /** A change no signal announces: what only the age limit or `no-cache` can bring to light. */
  const renameBehindTheApp = (number: number, subject: string) => w.t.db.query('UPDATE tickets SET subject = $2 WHERE number = $1', [number, subject]);

  it('answers a repeated staff query from memory, and afresh once a ticket changes through the app', async () => {
    const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'Remembered subject', 'x');
    expect(subjectIn(await queue(), ticket.number)).toBe('Remembered subject');
    await renameBehindTheApp(ticket.number, 'Renamed by hand');
    expect(subjectIn(await queue(), ticket.number)).toBe('Remembered subject'); // the answer was kept, not recomputed

    const other = await fileTicket(w.t, w.member.token, w.clientId, 'Another one', 'x'); // any ticket change
    const answer = await queue();
    expect(subjectIn(answer, ticket.number)).toBe('Renamed by hand');
    expect(subjectIn(answer, other.number)).toBe('Another one');
    await renameBehindTheApp(ticket.number, 'Renamed again');
    expect(subjectIn(await queue(), ticket.number)).toBe('Renamed by hand');
    await update(w.t, w.ops.token, other, { priority: 'LOW' }); // an update, as a filing was
    expect(subjectIn(await queue(), ticket.number)).toBe('Renamed again');
  });

  it('answers afresh when asked with Cache-Control: no-cache', async () => {
    const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'Asked afresh', 'x');
    await queue();
    await renameBehindTheApp(ticket.number, 'Seen with no-cache');
    expect(subjectIn(await queue(w.ops.token, { 'cache-control': 'no-cache' }), ticket.number)).toBe('Seen with no-cache');
  });

  it('keeps an answer no longer than its age limit, by the app clock or by real time', async () => {
    const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'Aging answer', 'x');
    await queue();
    await renameBehindTheApp(ticket.number, 'Seen after the app clock moved');
    w.t.clock.advance(ANSWER_MAX_AGE_MS);
    expect(subjectIn(await queue(), ticket.number)).toBe('Seen after the app clock moved');
    await renameBehindTheApp(ticket.number, 'Seen after a real second');
    expect(subjectIn(await queue(), ticket.number)).toBe('Seen after the app clock moved');
    await new Promise((r) => setTimeout(r, ANSWER_MAX_AGE_MS + 50));
    expect(subjectIn(await queue(), ticket.number)).toBe('Seen after a real second');
  });

  it("hears another API process's ticket change over LISTEN/NOTIFY", async () => {
    const answers = w.t.app.get(TicketAnswerCache);
    answers.maxAgeMs = 60_000; // so only the notification can bring the change to light
    try {
      const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'Changed elsewhere', 'x');
      await queue();
      await w.t.db.transaction(async (m) => {
        await m.query('UPDATE tickets SET subject = $2 WHERE number = $1', [ticket.number, 'Changed by another process']);
        await m.query(`SELECT pg_notify('${TICKET_CHANNEL}', $1)`, [
          JSON.stringify({ ticketId: ticket.id, number: ticket.number, clientId: w.clientId, visibility: 'PUBLIC', viewsBefore: [], viewsAfter: [] }),
        ]);
      });
      await expect.poll(async () => subjectIn(await queue(), ticket.number), { timeout: 5000 }).toBe('Changed by another process');
    } finally {
      answers.maxAgeMs = ANSWER_MAX_AGE_MS;
    }
  });

  it('does not keep an answer computed while a ticket changed', async () => {
    const answers = w.t.app.get(TicketAnswerCache);
    const key = 'an answer begun before a change';
    const first = answers.lookup(key);
    if (!('compute' in first)) throw new Error('expected to compute');
    const waiter = answers.lookup(key);
    if (!('wait' in waiter)) throw new Error('expected to wait for the computation under way');
    w.t.app.get(TicketCountCache).noteWrite(w.t.db.manager); // a change committed while it was computed
    const afterChange = answers.lookup(key);
    if (!('compute' in afterChange)) throw new Error('an ask after the change must not wait for the older computation');
    answers.settle(first.compute, { data: { stale: true } });
    await expect(waiter.wait).resolves.toEqual({ data: { stale: true } }); // the waiter asked before the change
    expect(answers.lookup(key)).not.toHaveProperty('hit'); // but it is not kept
    answers.settle(afterChange.compute, { data: { stale: false } });
    expect(answers.lookup(key)).toEqual({ hit: { data: { stale: false } } });
  });

  it('has one ask compute an answer the others wait for, and refresh an aged one while the others are served it', async () => {
    const answers = w.t.app.get(TicketAnswerCache);
    const key = 'one computation for many asks';
    const first = answers.lookup(key);
    if (!('compute' in first)) throw new Error('expected to compute');
    const waiters = [answers.lookup(key), answers.lookup(key)];
    answers.settle(first.compute, { data: { n: 1 } });
    for (const w of waiters) await expect('wait' in w && w.wait).resolves.toEqual({ data: { n: 1 } });
    expect(answers.lookup(key)).toEqual({ hit: { data: { n: 1 } } });

    w.t.clock.advance(ANSWER_MAX_AGE_MS); // aged
    const refresher = answers.lookup(key);
    if (!('compute' in refresher)) throw new Error('expected the first ask after the age limit to refresh');
    expect(answers.lookup(key)).toEqual({ hit: { data: { n: 1 } } }); // served the aged answer meanwhile
    answers.settle(refresher.compute, { data: { n: 2 } });
    expect(answers.lookup(key)).toEqual({ hit: { data: { n: 2 } } });
  });

  it('keeps answers per caller, and never keeps a client’s', async () => {
    const ticket = await fileTicket(w.t, w.member.token, w.clientId, 'Per caller', 'x');
    const other = await createUser(w.t, { name: 'Otto Ops', email: 'otto@coop.test', staffRole: 'OPS' });
    const otherToken = await loginAs(w.t, other);
    await queue();
    await renameBehindTheApp(ticket.number, 'Per caller, renamed');
    expect(subjectIn(await queue(), ticket.number)).toBe('Per caller'); // this caller's kept answer
    expect(subjectIn(await queue(otherToken), ticket.number)).toBe('Per caller, renamed'); // not shared with another

    const search = async () => ok<any>(await w.t.gql(SEARCH, { q: 'walrus' }, { token: w.member.token }), 'searchTickets');
    const searched = await fileTicket(w.t, w.member.token, w.clientId, 'Walrus in the mailbox', 'x');
    expect((await search()).totalCount).toBe(1);
    await renameBehindTheApp(searched.number, 'Nothing to find here'); // the search document follows by trigger
    expect((await search()).totalCount).toBe(0);
  });
});
