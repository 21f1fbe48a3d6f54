import { beforeAll, describe, expect, it } from 'vitest';
import { fileTicket, NOTE, ok, REPLY, setupParties, useTicketWorld, type Ticket } from './ticket-fixtures';

const SEARCH = `query ($q: String!, $first: Int, $after: String) { searchTickets(query: $q, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { rank snippet matchedIn ticket { number } } } } }`;
const MERGE = `mutation ($i: MergeTicketsInput!) { mergeTickets(input: $i) { number } }`;

describe('full-text search', () => {
  const w = useTicketWorld();
  const tickets: Record<string, Ticket> = {};
  const search = async (q: string, token = w.ops.token, vars: Record<string, unknown> = {}) =>
    ok<any>(await w.t.gql(SEARCH, { q, ...vars }, { token }), 'searchTickets');
  const numbers = (conn: any) => conn.edges.map((e: any) => e.node.ticket.number);

  beforeAll(async () => {
    tickets.subject = await fileTicket(w.t, w.member.token, w.clientId, 'Certificate expired on shop', 'The padlock is red');
    tickets.body = await fileTicket(w.t, w.member.token, w.clientId, 'Browser warning', 'It says the certificate is not valid');
    tickets.reply = await fileTicket(w.t, w.member.token, w.clientId, 'Question', 'How do I renew?');
    ok(await w.t.gql(REPLY, { input: { ticketId: tickets.reply.id, body: 'Your certificate renews by itself every 60 days' } }, { token: w.ops.token }), 'replyToTicket');
    tickets.unrelated = await fileTicket(w.t, w.member.token, w.clientId, 'Invoice address', 'Please change our address');
  });

  it('finds subjects and messages, best match first, with the matching words marked', async () => {
    const hits = await search('certificate');
    expect(hits.totalCount).toBe(3);
    expect(numbers(hits).sort()).toEqual([tickets.subject.number, tickets.body.number, tickets.reply.number].sort());
    expect(hits.edges[0].node).toMatchObject({ matchedIn: 'SUBJECT', ticket: { number: tickets.subject.number } });
    const ranks = hits.edges.map((e: any) => e.node.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    for (const e of hits.edges) expect(e.node.snippet).toMatch(/<mark>certificate<\/mark>/i);
    const reply = hits.edges.find((e: any) => e.node.ticket.number === tickets.reply.number).node;
    expect(reply).toMatchObject({ matchedIn: 'PUBLIC' });
    expect(reply.snippet).toContain('renews');
  });

  it('stems and combines words as people type them, and finds nothing for words nobody wrote', async () => {
    expect(numbers(await search('renewing certificates'))).toEqual([tickets.reply.number]);
    expect(numbers(await search('"certificate expired"'))).toEqual([tickets.subject.number]);
    expect(numbers(await search('certificate -padlock')).sort()).toEqual([tickets.body.number, tickets.reply.number].sort());
    expect(await search('kubernetes')).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('matches a ticket as a whole: words from its subject and from a reply, and "-word" anywhere in it', async () => {
    const spread = await fileTicket(w.t, w.member.token, w.clientId, 'Mail to customers', 'since Monday');
    ok(await w.t.gql(REPLY, { input: { ticketId: spread.id, body: 'They bounce with a relay error' } }, { token: w.member.token }), 'replyToTicket');
    const hits = await search('mail bounce');
    expect(numbers(hits)).toEqual([spread.number]);
    // the snippet comes from the text that matches best, in the viewer's words
    expect(hits.edges[0].node.snippet).toMatch(/<mark>(Mail|bounce)<\/mark>/);
    expect(numbers(await search('mail -relay'))).not.toContain(spread.number);
  });

  it('pages through the hits without repeating one, with the total on every page', async () => {
    const first = await search('certificate', w.ops.token, { first: 2 });
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await search('certificate', w.ops.token, { first: 2, after: first.pageInfo.endCursor });
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(new Set([...numbers(first), ...numbers(second)]).size).toBe(3);
  });

  it('finds a merged ticket under the one it was merged into, once', async () => {
    const source = await fileTicket(w.t, w.member.token, w.clientId, 'Mailbox quota exceeded', 'quota again');
    const target = await fileTicket(w.t, w.member.token, w.clientId, 'Mail storage', 'storage full');
    ok(await w.t.gql(MERGE, { i: { sourceId: source.id, sourceVersion: source.version, targetId: target.id, targetVersion: target.version } }, { token: w.ops.token }), 'mergeTickets');
    // the source's own message moved to the target; the source itself (closed as merged) is no hit
    expect(numbers(await search('quota'))).toEqual([target.number]);
    expect(numbers(await search('storage'))).toEqual([target.number]);
  });

  it("shows a client only their own clients' tickets and never a note's words", async () => {
    ok(await w.t.gql(NOTE, { input: { ticketId: tickets.unrelated.id, body: 'certificate of incorporation checked' } }, { token: w.ops.token }), 'addInternalNote');
    expect((await search('certificate')).totalCount).toBe(4); // staff: the note too
    expect((await search('certificate', w.member.token)).totalCount).toBe(3);
    const other = await setupParties(w.t);
    await fileTicket(w.t, other.member.token, other.client.id, 'Certificate for our shop', 'x');
    expect(numbers(await search('certificate', other.member.token))).toHaveLength(1);
    expect((await search('certificate', w.member.token)).totalCount).toBe(3);
  });
});
