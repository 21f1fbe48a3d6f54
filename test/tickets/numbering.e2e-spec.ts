import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { errorCode, FILE_TICKET, fileTicket, ok, setupParties, TICKET, type Party, type Ticket } from './ticket-fixtures';

describe('ticket numbers', () => {
  let t: TestApp;
  let clientId: string;
  let member: Party;
  let ops: Party;

  beforeAll(async () => {
    t = await startTestApp();
    const p = await setupParties(t);
    clientId = p.client.id;
    member = p.member;
    ops = p.ops;
  });
  afterAll(() => t?.close());

  it('gives the first ticket number 1, shown as #1, and finds it by number', async () => {
    const ticket = await fileTicket(t, member.token, clientId);
    expect(ticket).toMatchObject({ number: 1, displayNumber: '#1', status: 'NEW', priority: null, version: 1 });
    const found = ok<Ticket>(await t.gql(TICKET, { number: 1 }, { token: member.token }), 'ticket');
    expect(found.id).toBe(ticket.id);
    expect(found.messages).toMatchObject([{ kind: 'PUBLIC', body: 'Nothing arrives since 9:00' }]);
  });

  it('gives 200 tickets filed at once 200 distinct consecutive numbers', async () => {
    const before = Number((await t.db.query('SELECT last_number FROM ticket_number_counter'))[0].last_number);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => t.gql(FILE_TICKET, { input: { clientId, subject: `Parallel ${i}`, body: 'x' } }, { token: member.token })),
    );
    const numbers = results.map((r) => ok<Ticket>(r, 'fileTicket').number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => before + 1 + i));
    const rows = await t.db.query('SELECT number FROM tickets ORDER BY number');
    expect(rows.map((r: { number: number }) => r.number)).toEqual(Array.from({ length: before + 200 }, (_, i) => i + 1));
  });

  it('burns no number when the insert fails inside its transaction', async () => {
    // A trigger makes the ticket insert itself fail, after the counter was bumped in the same transaction.
    await t.db.query(`CREATE FUNCTION fail_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.subject = 'boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`);
    await t.db.query('CREATE TRIGGER fail_boom BEFORE INSERT ON tickets FOR EACH ROW EXECUTE FUNCTION fail_boom()');
    try {
      const last = Number((await t.db.query('SELECT max(number) AS n FROM tickets'))[0].n);
      const failed = await t.gql(FILE_TICKET, { input: { clientId, subject: 'boom', body: 'x' } }, { token: member.token });
      expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
      const next = await fileTicket(t, member.token, clientId, 'after the failure');
      expect(next.number).toBe(last + 1);
    } finally {
      await t.db.query('DROP TRIGGER fail_boom ON tickets; DROP FUNCTION fail_boom()');
    }
  });

  it('refuses a ticket for a client that does not exist, naming clientId, and uses no number', async () => {
    const last = Number((await t.db.query('SELECT last_number FROM ticket_number_counter'))[0].last_number);
    const res = await t.gql(FILE_TICKET, { input: { clientId: '00000000-0000-4000-8000-000000000000', subject: 'lost', body: 'x' } }, { token: ops.token });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientId' });
    expect(Number((await t.db.query('SELECT last_number FROM ticket_number_counter'))[0].last_number)).toBe(last);
    expect((await fileTicket(t, member.token, clientId, 'next')).number).toBe(last + 1);
  });

  it('refuses a duplicate number at the database even if the counter were wrong', async () => {
    const last = Number((await t.db.query('SELECT max(number) AS n FROM tickets'))[0].n);
    await t.db.query('UPDATE ticket_number_counter SET last_number = $1', [last - 1]); // one behind: the next bump repeats #last
    const res = await t.gql(FILE_TICKET, { input: { clientId, subject: 'dup', body: 'x' } }, { token: member.token });
    expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
    expect((await t.db.query('SELECT count(*)::int AS n FROM tickets WHERE number = $1', [last]))[0].n).toBe(1);
    await t.db.query('UPDATE ticket_number_counter SET last_number = $1', [last]);
  });
});
