import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTickets1764191000000 } from '../../migrations/src/1764191000000-create-tickets';
import { ReshapeTicketQueueIndexes1795740000000 } from '../../migrations/src/1795740000000-reshape-ticket-queue-indexes';
import { TicketSearchDocuments1795750000000 } from '../../migrations/src/1795750000000-ticket-search-documents';
import { startTestApp, type TestApp } from '../support/test-app';

describe('ticket migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const indexdef = async (name: string) =>
    (await t.db.query('SELECT indexdef FROM pg_indexes WHERE indexname = $1', [name]))[0]?.indexdef as string | undefined;

  it('go down and up again cleanly, all of them, and the search documents are rebuilt from the rows', async () => {
    const runner = t.db.createQueryRunner();
    try {
      await new TicketSearchDocuments1795750000000().down(runner);
      expect((await t.db.query(`SELECT to_regclass('ticket_search_docs') AS t`))[0].t).toBeNull();
      await new ReshapeTicketQueueIndexes1795740000000().down(runner);
      expect(await indexdef('tickets_open_sla_idx')).toMatch(/, id\)/);
      await new CreateTickets1764191000000().down(runner);
      expect((await t.db.query(`SELECT to_regclass('tickets') AS t`))[0].t).toBeNull();
      await new CreateTickets1764191000000().up(runner);
      await new ReshapeTicketQueueIndexes1795740000000().up(runner);
      expect(await indexdef('tickets_open_sla_idx')).toMatch(/, number\)/);
      expect(await indexdef('tickets_done_idx')).toMatch(/last_activity_at DESC, number DESC/);
      // tickets and messages from before the search documents get theirs when the migration runs
      const [client] = await t.db.query(`INSERT INTO clients (name, slug) VALUES ('Old client', 'old-client') RETURNING id`);
      const [ticket] = await t.db.query(
        `INSERT INTO tickets (number, client_id, subject, body, created_at, updated_at, last_public_activity_at, last_activity_at)
         VALUES (1, $1, 'Mail bounces', 'x', now(), now(), now(), now()) RETURNING id`,
        [client.id],
      );
      await t.db.query(`INSERT INTO ticket_messages (ticket_id, kind, body, created_at) VALUES ($1, 'PUBLIC', 'since the move', now()), ($1, 'INTERNAL', 'check the relay', now())`, [ticket.id]);
      await new TicketSearchDocuments1795750000000().up(runner);
      const [docs] = await t.db.query(
        `SELECT public_doc @@ 'bounc & move'::tsquery AS public_both, public_doc @@ 'relay'::tsquery AS public_note, staff_doc @@ 'relay & bounc'::tsquery AS staff_note
           FROM ticket_search_docs WHERE ticket_id = $1`,
        [ticket.id],
      );
      expect(docs).toEqual({ public_both: true, public_note: false, staff_note: true });
    } finally {
      await runner.release();
    }
  });
});
