import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTickets1764191000000 } from '../../migrations/src/1764191000000-create-tickets';
import { ReshapeTicketQueueIndexes1795740000000 } from '../../migrations/src/1795740000000-reshape-ticket-queue-indexes';
import { startTestApp, type TestApp } from '../support/test-app';

describe('ticket migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const indexdef = async (name: string) =>
    (await t.db.query('SELECT indexdef FROM pg_indexes WHERE indexname = $1', [name]))[0]?.indexdef as string | undefined;

  it('go down and up again cleanly, both of them', async () => {
    const runner = t.db.createQueryRunner();
    try {
      await new ReshapeTicketQueueIndexes1795740000000().down(runner);
      expect(await indexdef('tickets_open_sla_idx')).toMatch(/, id\)/);
      await new CreateTickets1764191000000().down(runner);
      expect((await t.db.query(`SELECT to_regclass('tickets') AS t`))[0].t).toBeNull();
      await new CreateTickets1764191000000().up(runner);
      await new ReshapeTicketQueueIndexes1795740000000().up(runner);
      expect(await indexdef('tickets_open_sla_idx')).toMatch(/, number\)/);
      expect(await indexdef('tickets_done_idx')).toMatch(/last_activity_at DESC, number DESC/);
    } finally {
      await runner.release();
    }
  });
});
